import { guidesPath } from '../slugs';

/** The certificate-free "what I practised" screen. */
export const courseSummaryPath = `${guidesPath}/course/summary`;

/** Feedback on one module goes to the feedback screen (its own feature), named by the module's public slug. */
export function feedbackPath(slug: string): string {
  // Slugs are [a-z0-9-] only, so the address needs no escaping.
  return `/feedback/new?for=course:${slug}`;
}
