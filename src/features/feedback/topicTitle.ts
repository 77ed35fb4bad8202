import { installedPacksOfKind } from '../../db';
import { guideTopic, type FeedbackTopic } from './paths';

/**
 * The installed guide a topic names, in the person's language: a group session guide or a course
 * module, found by the same guideTopic the linking screens built the address with. Null when that
 * guide is not installed: the screen then names the topic by its slug, and the round still runs
 * (the counts keep the slug, never a title, so a session reads the same in any language).
 */
export async function topicTitle(topic: FeedbackTopic, language: string): Promise<string | null> {
  const guides = await installedPacksOfKind('guide', language);
  const guide = guides.find((pack) => pack.category === topic.kind && guideTopic(topic.kind, pack).slug === topic.slug);
  return guide?.title ?? null;
}
