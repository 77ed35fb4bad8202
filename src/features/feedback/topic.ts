import * as z from 'zod';

/*
 * What a feedback round is for: a group session on a theme, or a course module, named by its slug.
 * Other screens link here with `/feedback/new?for=group:<theme-slug>` or `?for=course:<module-slug>`;
 * the parameter comes from an address anyone can type, so it is checked before it is used or stored.
 */
export const topicKinds = ['group', 'course'] as const;
export type TopicKind = (typeof topicKinds)[number];

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const FeedbackTopicSchema = z.strictObject({
  kind: z.enum(topicKinds),
  slug: z.string().min(1).max(80).regex(slugPattern),
});
export type FeedbackTopic = z.infer<typeof FeedbackTopicSchema>;

/** The `for` parameter as written in the address: `group:anxiety`. */
export function topicParam(topic: FeedbackTopic): string {
  return `${topic.kind}:${topic.slug}`;
}

export type TopicProblem = 'missing' | 'invalid';

/** Reads the `for` parameter; a missing or malformed one is refused with the reason the screen names. */
export function topicFrom(param: string | null): { topic: FeedbackTopic } | { problem: TopicProblem } {
  if (param === null || param.trim() === '') return { problem: 'missing' };
  const separator = param.indexOf(':');
  if (separator < 0) return { problem: 'invalid' };
  const parsed = FeedbackTopicSchema.safeParse({ kind: param.slice(0, separator), slug: param.slice(separator + 1) });
  return parsed.success ? { topic: parsed.data } : { problem: 'invalid' };
}

/** The address that starts a round for a topic: what other features link to. */
export function newRoundPath(topic: FeedbackTopic): string {
  // Kind and slug are checked to be plain lowercase letters, digits and hyphens: nothing to escape.
  return `/feedback/new?for=${topicParam(topic)}`;
}
