import { createLazyStore, type ReadonlyStore } from '../../lib/store';

/*
 * Whether she counts her activity for a report. A device setting, off by default, kept in
 * localStorage like the reminder switch: it says only that counting is on, nothing she did.
 * Read without zod, because the crisis screen asks it at the end of every run and its first
 * chunk carries no zod (features/crisis/engine/scriptEngine.ts).
 */
export const countingStorageKey = 'companera.report.v1';

export type CountingSettings = { isOn: boolean };

function read(): CountingSettings {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(countingStorageKey) ?? 'null');
    // Anything but exactly "on" is off: a damaged setting never starts counting.
    return { isOn: typeof stored === 'object' && stored !== null && (stored as { isOn?: unknown }).isOn === true };
  } catch {
    return { isOn: false };
  }
}

const store = createLazyStore(read);
export const countingSettingsStore: ReadonlyStore<CountingSettings> = store;
export const isCountingOn = () => store.get().isOn;

/** Saves the choice; throws (and keeps the previous one) when storage refuses it. */
export function setCountingOn(isOn: boolean): void {
  localStorage.setItem(countingStorageKey, JSON.stringify({ isOn }));
  store.set({ isOn });
}

/** Tests: read the stored choice again. */
export const forgetCountingSettings = store.forget;
