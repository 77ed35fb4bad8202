import * as z from 'zod';
import { topicKinds, topicSlugMaxLength, topicSlugPattern } from './paths';

/*
 * The schema of a stored round's topic. Addresses are written and read in paths.ts without zod;
 * this schema is built from the same kinds and slug rule, and feedback.test.ts checks that it
 * accepts exactly the topics topicFrom reads and has the same type.
 */
export const FeedbackTopicSchema = z.strictObject({
  kind: z.enum(topicKinds),
  slug: z.string().min(1).max(topicSlugMaxLength).regex(topicSlugPattern),
});
