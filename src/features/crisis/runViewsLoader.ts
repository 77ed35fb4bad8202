import { preloadNamespaces } from '../../i18n/i18n';
import { loadOnce, preloadableComponent } from '../../ui/preloadable';
import { fallbackLanguage } from '../../i18n/languages';
import { getPreferences } from '../../prefs/preferences';
import type * as RunViewsModule from './runViews';
import type * as SavedRunModule from './engine/savedRun';

/*
 * What the crisis screen shows after the list of situations comes in chunks of its own, so the
 * list paints without them: the step screen (with the check a script passes before it runs), the
 * close (closeViewLoader.ts), and what resuming an interrupted run needs (the notes load on their
 * own: notes/index). The step screen is loaded while the Companion reads the list
 * (preloadRunViews), so a tap does not wait for it; the close, once a run starts.
 */

const runViews = loadOnce<typeof RunViewsModule>(() => {
  // The step screen's read-aloud button shows strings of its own: they load alongside its code.
  preloadNamespaces(getPreferences().language ?? fallbackLanguage, ['speech']);
  return import('./runViews');
});
const savedRun = loadOnce<typeof SavedRunModule>(() => import('./engine/savedRun'));

export const loadRunViews = runViews.get;

export function preloadRunViews(): void {
  runViews.get().catch(() => undefined);
}

/** What resuming a run needs: the step screen to show it, and the saved-run check. */
export type ResumeKit = typeof SavedRunModule;
export function loadResumeKit(): Promise<ResumeKit> {
  return Promise.all([runViews.get(), savedRun.get()]).then(([, module]) => module);
}
/** The resume kit if it has loaded, for code that must not wait. */
export function loadedResumeKit(): ResumeKit | undefined {
  return runViews.loaded() && savedRun.loaded();
}

export const StepView = preloadableComponent(runViews, (module) => module.CheckedStepView);
