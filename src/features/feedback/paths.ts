/*
 * Feedback's addresses, written and read in one place. Groups and guides link to a new round with
 * newRoundPath, and the round's screen reads the same `for` parameter back with topicFrom, so the
 * two cannot drift apart (they once did: `group:anxiety` against `group:group-anxiety`).
 *
 * No zod here: the guides and groups chunks import this module, and should not carry zod or any
 * feedback screen for one link. The zod schema of a stored round's topic (topic.ts) is built from
 * the same kinds and slug rule, and a test checks that it accepts exactly what topicFrom accepts.
 */

/** Where the facilitator reads past rounds and saves the CSV file. */
export const feedbackListPath = '/feedback';

/** What a round is for: a group session on a theme, or a course module. */
export const topicKinds = ['group', 'course'] as const;
export type TopicKind = (typeof topicKinds)[number];

/**
 * Lowercase letters, digits and hyphens: nothing to escape in an address. As loose as a pack id
 * (content/text.ts IdSchema) with its `guide-` and language taken off, so every guide an
 * organisation can publish gets a feedback round (`guide-anxiety--2-en` gives `anxiety--2`).
 */
export const topicSlugPattern = /^[a-z0-9-]+$/;
export const topicSlugMaxLength = 80;

/**
 * A topic names its guide by the pack id without `guide-` and the language (`guide-group-anxiety-en`
 * → `group-anxiety`), so the feedback screen finds the guide's title in any language, and the
 * counts kept with the slug read the same in every language.
 */
export type FeedbackTopic = { kind: TopicKind; slug: string };

/** The topic of an installed group session guide or course module. */
export function guideTopic(kind: TopicKind, guide: { id: string; locale: string }): FeedbackTopic {
  const withoutPrefix = guide.id.startsWith('guide-') ? guide.id.slice('guide-'.length) : guide.id;
  const suffix = `-${guide.locale}`;
  const slug = withoutPrefix.endsWith(suffix) ? withoutPrefix.slice(0, -suffix.length) : withoutPrefix;
  // An id that is nothing but its prefix and language (`guide--en`) keeps what it has.
  return { kind, slug: slug || withoutPrefix || guide.id };
}

/** The `for` parameter as written in the address: `group:group-anxiety`. */
export function topicParam(topic: FeedbackTopic): string {
  return `${topic.kind}:${topic.slug}`;
}

/** The address that starts a round for a topic: what other features link to. */
export function newRoundPath(topic: FeedbackTopic): string {
  // Kind and slug are plain lowercase letters, digits and hyphens: nothing to escape.
  return `/feedback/new?for=${topicParam(topic)}`;
}

export type TopicProblem = 'missing' | 'invalid';

function isTopicKind(value: string): value is TopicKind {
  return (topicKinds as readonly string[]).includes(value);
}

/**
 * Reads the `for` parameter; a missing or malformed one is refused with the reason the screen
 * names. It comes from an address anyone can type, so it is checked before it is used or stored.
 */
export function topicFrom(param: string | null): { topic: FeedbackTopic } | { problem: TopicProblem } {
  if (param === null || param.trim() === '') return { problem: 'missing' };
  const separator = param.indexOf(':');
  if (separator < 0) return { problem: 'invalid' };
  const kind = param.slice(0, separator);
  const slug = param.slice(separator + 1);
  if (!isTopicKind(kind) || slug.length > topicSlugMaxLength || !topicSlugPattern.test(slug)) return { problem: 'invalid' };
  return { topic: { kind, slug } };
}
