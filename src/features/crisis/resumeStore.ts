import { onLockRequested } from '../../vault/lockSignal';
import { toSavedRun, type ScriptRun } from './engine/scriptEngine';

/*
 * Where a run waits while the phone rings or the screen locks. sessionStorage, not localStorage:
 * it survives a reload or the browser discarding the tab, but not closing the tab, so no trace of
 * a crisis stays on the phone afterwards. It holds only step ids and choices (SavedRunSchema).
 */
export const resumeStorageKey = 'companera.crisis.run.v1';

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function saveRun(run: ScriptRun): void {
  try {
    storage()?.setItem(resumeStorageKey, JSON.stringify(toSavedRun(run)));
  } catch {
    // Storage full or blocked: the run goes on, it just cannot be resumed after a reload.
  }
}

/** The saved run as stored, still unchecked; restoreRun validates it against the script. */
export function readSavedRun(): unknown {
  const raw = storage()?.getItem(resumeStorageKey);
  if (raw === null || raw === undefined) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

export function clearSavedRun(): void {
  try {
    storage()?.removeItem(resumeStorageKey);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

// Quick exit and wipe leave nothing behind, not even which script was open.
onLockRequested((reason) => {
  if (reason === 'quick-exit' || reason === 'wipe') clearSavedRun();
});
