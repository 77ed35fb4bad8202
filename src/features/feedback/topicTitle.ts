import { installedPacksOfKind } from '../../db';
import type { FeedbackTopic } from './topic';

/**
 * The installed guide a topic names, in the person's language: a group session guide or a course
 * module, whose screen address is its slug (`guide-<slug>-<locale>` is its pack id). Undefined
 * when that guide is not installed: the screen then names the topic by its slug, and the round
 * still runs (the counts keep the slug, never a title, so a session reads the same in any language).
 */
export async function topicTitle(topic: FeedbackTopic, language: string): Promise<string | null> {
  const guides = await installedPacksOfKind('guide', language);
  const guide = guides.find((pack) => pack.category === topic.kind && pack.id === `guide-${topic.slug}-${pack.locale}`);
  return guide?.title ?? null;
}
