import { useSyncExternalStore } from 'react';

/** One short message that outlives a navigation ("Saved", "Deleted, undo?"). Never holds entry content. */
export type JournalNotice = { kind: 'saved' } | { kind: 'deleted' } | { kind: 'restored' } | { kind: 'imported'; added: number; updated: number; unchanged: number } | { kind: 'restoredFromBackup' };

let notice: JournalNotice | undefined;
const listeners = new Set<() => void>();

export function showNotice(next: JournalNotice | undefined): void {
  notice = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useNotice(): JournalNotice | undefined {
  return useSyncExternalStore(
    subscribe,
    () => notice,
    () => notice,
  );
}
