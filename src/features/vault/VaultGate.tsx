import { Suspense, useState, type ReactNode } from 'react';
import { useVaultState } from '../../ui/useVaultState';
import { requestFocusOnNextScreen } from '../../ui/focusOnNavigation';
// The vault's set-up and unlock screens (the journal's too), loaded only when someone wants to save
// or read something kept in the vault. They are this folder's own, so unlocking for a crisis note
// never loads the journal.
import { VaultSetup, VaultUnlock } from './lazyScreens';
import './vault.css';

type VaultGateProps = {
  /** The screen's title while the vault's state is read or its screens load. */
  title: string;
  loadingText: string;
  /** Shown under the set-up or unlock screen: the way back to where the Companion was. */
  wayBack: ReactNode;
  /** Shown instead of the set-up screen when there is no vault yet; the set-up screen when left out. */
  whenAbsent?: ReactNode;
  /** Shown only while the vault is open. */
  children: ReactNode;
};

/**
 * Renders its children only while the vault is open; otherwise the vault's set-up or unlock
 * screen, right here, so no one has to leave the screen (and what is on it) to open it.
 * When the vault locks, the children go, and with them anything they decrypted.
 */
export function VaultGate({ title, loadingText, wayBack, whenAbsent, children }: VaultGateProps) {
  const vault = useVaultState();
  // Opening or locking the vault swaps the whole screen: its new heading takes the focus, as after a navigation.
  const [shownStatus, setShownStatus] = useState(vault.status);
  if (shownStatus !== vault.status) {
    setShownStatus(vault.status);
    requestFocusOnNextScreen();
  }
  // A plain heading, not a ScreenHeading: it must leave the focus request to the screen that replaces it.
  const loading = (
    <div className="screen">
      <h1 className="screen-heading">{title}</h1>
      <p className="loading">{loadingText}</p>
    </div>
  );
  if (vault.status === 'checking') return loading;
  if (vault.status === 'unlocked') return children;
  if (vault.status === 'absent' && whenAbsent !== undefined) return whenAbsent;
  return (
    <>
      <Suspense fallback={loading}>{vault.status === 'absent' ? <VaultSetup /> : <VaultUnlock canUsePin={vault.canUsePin} />}</Suspense>
      <div className="vault-gate-way-back">{wayBack}</div>
    </>
  );
}
