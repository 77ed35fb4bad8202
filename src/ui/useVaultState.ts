import { useEffect } from 'react';
import { refreshVaultState, vaultStateStore, type VaultState } from '../vault';
import { useStore } from './useStore';

/** The vault's state for screens; re-renders on unlock and lock. Reads whether a vault exists on first use. */
export function useVaultState(): VaultState {
  const state = useStore(vaultStateStore);
  useEffect(() => {
    if (state.status === 'checking') void refreshVaultState().catch(() => undefined);
  }, [state.status]);
  return state;
}
