import { useEffect, useSyncExternalStore } from 'react';
import { getVaultState, subscribeToVault, type VaultStatus } from '../../vault';
import { useVaultState } from '../../ui/useVaultState';
import { loadSaved, type SavedItems } from './savedStore';

/*
 * The person's saved places and contacts, decrypted, held here only while the vault is open.
 * A lock (quick exit, idle, the Lock button) empties it at once.
 */
type Snapshot = { saved: SavedItems | undefined; failed: boolean };
const empty: Snapshot = { saved: undefined, failed: false };
let snapshot: Snapshot = empty;
let loadCount = 0;
const listeners = new Set<() => void>();

function publish(next: Snapshot): void {
  snapshot = next;
  for (const listener of listeners) listener();
}

/** Reads the saved items again (after a change); a lock in the meantime wins. */
export function reloadSaved(): void {
  if (getVaultState().status !== 'unlocked') return;
  const load = ++loadCount;
  loadSaved().then(
    (saved) => {
      if (load === loadCount && getVaultState().status === 'unlocked') publish({ saved, failed: false });
    },
    () => {
      if (load === loadCount && getVaultState().status === 'unlocked') publish({ saved: undefined, failed: true });
    },
  );
}

subscribeToVault(() => {
  if (getVaultState().status === 'unlocked') {
    if (!snapshot.saved) reloadSaved();
  } else if (snapshot !== empty) {
    loadCount++;
    publish(empty);
  }
});

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSaved(): Snapshot & { status: VaultStatus } {
  const { status } = useVaultState();
  const current = useSyncExternalStore(subscribe, () => snapshot, () => snapshot);
  useEffect(() => {
    if (status === 'unlocked' && !snapshot.saved) reloadSaved();
  }, [status]);
  return { ...current, status };
}
