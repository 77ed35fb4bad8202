import { createElement, Suspense } from 'react';
import { loadOnce, preloadableComponent } from '../../ui/preloadable';

/*
 * Feedback's public surface. The guides and groups chunks import it for their links, so it holds
 * the addresses (paths.ts, no zod) and nothing else that runs: the screens and Settings' section
 * are each their own chunk, loaded when shown. Settings therefore loads none of the form, the
 * counting or the CSV, and a course module none of Settings' section.
 */
export { feedbackListPath, guideTopic, newRoundPath, type FeedbackTopic } from './paths';

const screens = loadOnce(() => import('./FeedbackScreen'));
/** `/feedback` and its subpaths. */
export const FeedbackScreen = preloadableComponent(screens, (loaded) => loaded.FeedbackScreen);

const settingsSection = loadOnce(() => import('./FeedbackSettingsSection'));
const LoadedSettingsSection = preloadableComponent(settingsSection, (loaded) => loaded.FeedbackSettingsSection);
/** Settings' way to past rounds. Settings shows without it for the moment its chunk takes, rather than waiting. */
export function FeedbackSettingsSection() {
  return createElement(Suspense, { fallback: null }, createElement(LoadedSettingsSection));
}
