import { useEffect } from 'react';

/*
 * Which screens hold text the person has typed and not saved yet (a journal entry, a Companion's
 * note, a course reflection). An update started from another tab reloads this one only when
 * nothing is held here: a reload would throw that text away.
 */
const holders = new Set<symbol>();

export function hasUnsavedDraft(): boolean {
  return holders.size > 0;
}

/** Call in an editor with whether it now holds unsaved text. */
export function useUnsavedDraft(isUnsaved: boolean): void {
  useEffect(() => {
    if (!isUnsaved) return undefined;
    const holder = Symbol('unsaved draft');
    holders.add(holder);
    return () => {
      holders.delete(holder);
    };
  }, [isUnsaved]);
}
