import { useEffect } from 'react';
import { getVaultState, subscribeToVault, type VaultStatus } from '../../vault';
import { createStore } from '../../lib/store';
import { useStore } from '../../ui/useStore';
import { useVaultState } from '../../ui/useVaultState';
import { loadSaved, type SavedItems } from './savedStore';

/*
 * The person's saved places and contacts, decrypted, held here only while the vault is open.
 * A lock (quick exit, idle, the Lock button) empties it at once.
 */
type Snapshot = { saved: SavedItems | undefined; failed: boolean };
const empty: Snapshot = { saved: undefined, failed: false };
const store = createStore(empty);
const publish = store.set;
let loadCount = 0;

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
    if (!store.get().saved) reloadSaved();
  } else if (store.get() !== empty) {
    loadCount++;
    publish(empty);
  }
});

export function useSaved(): Snapshot & { status: VaultStatus } {
  const { status } = useVaultState();
  const current = useStore(store);
  useEffect(() => {
    if (status === 'unlocked' && !store.get().saved) reloadSaved();
  }, [status]);
  return { ...current, status };
}
