import { loadOnce, preloadableComponent } from '../../ui/preloadable';

/*
 * Feedback's public surface. The screens are their own chunk, so Settings, which shows the small
 * section below, loads none of the form, the counting or the CSV.
 */
export { newRoundPath, type FeedbackTopic } from './topic';
export { feedbackListPath } from './paths';
export { FeedbackSettingsSection } from './FeedbackSettingsSection';

const screens = loadOnce(() => import('./FeedbackScreen'));
/** `/feedback` and its subpaths. */
export const FeedbackScreen = preloadableComponent(screens, (loaded) => loaded.FeedbackScreen);
