import { useEffect, useSyncExternalStore } from 'react';
import { getVaultState, refreshVaultState, subscribeToVault, type VaultState } from '../vault';

/** The vault's state for screens; re-renders on unlock and lock. Reads whether a vault exists on first use. */
export function useVaultState(): VaultState {
  const state = useSyncExternalStore(subscribeToVault, getVaultState, getVaultState);
  useEffect(() => {
    if (state.status === 'checking') void refreshVaultState().catch(() => undefined);
  }, [state.status]);
  return state;
}
