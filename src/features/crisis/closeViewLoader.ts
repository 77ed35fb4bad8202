import { loadOnce, preloadableComponent } from '../../ui/preloadable';

/*
 * The close (summary, debrief, saving a note) in a chunk of its own, loaded once a run starts. It
 * lives apart from runViewsLoader.ts because the step screen (runViews.tsx) asks for it: the
 * step screen's chunk must not import the module that loads it.
 */

const closeView = loadOnce(() => import('./CloseView'));

export function preloadCloseView(): void {
  closeView.get().catch(() => undefined);
}

export const CloseView = preloadableComponent(closeView, (module) => module.CloseView);
