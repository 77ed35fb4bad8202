import { useStore } from '../../ui/useStore';
import { neutralPath } from './quickExit';
import { getSafetySettings, safetySettingsStore } from './safetySettings';
import { disguiseSessionStore, hasQuickExited, isHistoryTraversal, isOpenedThroughDisguise } from './session';

/**
 * The shell shows the neutral screen instead of the app: at /calc; when someone comes Back into
 * the app after a quick exit; and, with the disguise on, until the code is entered in this page
 * (a reload, or coming back after a while away, asks for it again).
 */
export function shouldShowNeutralScreen(path: string): boolean {
  if (path === neutralPath) return true;
  if (hasQuickExited() && isHistoryTraversal()) return true;
  return getSafetySettings().isDisguised && !isOpenedThroughDisguise();
}

export function useIsDisguised(): boolean {
  return useStore(safetySettingsStore, (settings) => settings.isDisguised);
}

/** The same, re-read whenever the disguise is turned on or off, or opened or closed again. */
export function useShowsNeutralScreen(path: string): boolean {
  useIsDisguised();
  useStore(disguiseSessionStore);
  return shouldShowNeutralScreen(path);
}
