import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { eraseVault, unlock, unlockWithPin } from '../../vault';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { TextField } from '../../ui/TextField';
import { vaultErrorKey, type VaultErrorKey } from './vaultErrors';
import './vault.css';

/** The locked journal: passphrase (always possible), or a PIN while the key is still in memory. */
export function VaultUnlock({ canUsePin }: { canUsePin: boolean }) {
  const { t } = useTranslation('vault');
  const [isPinMode, setIsPinMode] = useState(canUsePin);
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<VaultErrorKey>();
  const [isBusy, setIsBusy] = useState(false);
  const [isConfirmingErase, setIsConfirmingErase] = useState(false);
  const usingPin = isPinMode && canUsePin;

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (!secret) {
      setError(usingPin ? 'errors.wrongPin' : 'errors.wrongPassphrase');
      return;
    }
    setIsBusy(true);
    setError(undefined);
    try {
      if (usingPin) await unlockWithPin(secret);
      else await unlock(secret);
    } catch (caught) {
      setError(vaultErrorKey(caught));
      setSecret('');
      setIsBusy(false);
    }
  }

  return (
    <div className="screen vault">
      <ScreenHeading>{t('unlock.title')}</ScreenHeading>
      <p className="lead">{usingPin ? t('unlock.pinIntro') : t('unlock.intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          key={usingPin ? 'pin' : 'passphrase'}
          label={usingPin ? t('unlock.pin') : t('unlock.passphrase')}
          type="password"
          inputMode={usingPin ? 'numeric' : undefined}
          value={secret}
          onValueChange={setSecret}
          error={error ? t(error) : undefined}
        />
        <p className="button-row">
          <button type="submit" className="button" disabled={isBusy}>
            {isBusy ? t('unlock.opening') : t('unlock.open')}
          </button>
          {canUsePin && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setIsPinMode(!usingPin);
                setSecret('');
                setError(undefined);
              }}
            >
              {usingPin ? t('unlock.usePassphrase') : t('unlock.usePin')}
            </button>
          )}
        </p>
      </form>

      <details className="forgot">
        <summary>{t('unlock.forgotTitle')}</summary>
        <p>{t('unlock.forgotBody')}</p>
        {isConfirmingErase ? (
          <div className="confirm-box" role="group" aria-labelledby="erase-confirm">
            <p id="erase-confirm">{t('unlock.eraseConfirm')}</p>
            <p className="button-row">
              <button type="button" className="button button-urgent" onClick={() => void eraseVault()}>
                {t('unlock.eraseYes')}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setIsConfirmingErase(false)}>
                {t('unlock.eraseNo')}
              </button>
            </p>
          </div>
        ) : (
          <button type="button" className="button button-secondary" onClick={() => setIsConfirmingErase(true)}>
            {t('unlock.erase')}
          </button>
        )}
      </details>
    </div>
  );
}
