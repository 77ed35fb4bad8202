import { guidesPath } from '../slugs';

/** The certificate-free "what I practised" screen. */
export const courseSummaryPath = `${guidesPath}/course/summary`;
