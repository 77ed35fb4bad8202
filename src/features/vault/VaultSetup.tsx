import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createVault, minimumPassphraseLength, passphraseStrength } from '../../vault';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { TextField } from '../../ui/TextField';
import { vaultErrorKey, type VaultErrorKey } from './vaultErrors';
import { BackupFileForm } from './BackupView';
import type { VaultRecordsOwner } from './recordsOwner';
import { useNewPassphraseCheck } from './useNewPassphraseCheck';
import './vault.css';

/**
 * First visit: explains the passphrase, warns that it cannot be recovered, and creates the vault,
 * or restores it from a backup file (for `owner`, when the screen that shows this has one).
 */
export function VaultSetup({ owner }: { owner?: VaultRecordsOwner }) {
  const { t } = useTranslation('vault');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [isShown, setIsShown] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [isRestoreShown, setIsRestoreShown] = useState(false);
  const [errors, setErrors] = useState<{ passphrase?: string; confirmation?: string; form?: VaultErrorKey }>({});
  const strength = passphraseStrength(passphrase, minimumPassphraseLength);
  const checkNewPassphrase = useNewPassphraseCheck();

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const problem = checkNewPassphrase(passphrase, confirmation);
    if (problem) {
      setErrors(problem);
      return;
    }
    setErrors({});
    setIsBusy(true);
    try {
      await createVault(passphrase);
    } catch (error) {
      setErrors({ form: vaultErrorKey(error) });
      setIsBusy(false);
    }
  }

  return (
    <div className="screen vault">
      <ScreenHeading>{t('setup.title')}</ScreenHeading>
      <p className="lead">{t('setup.intro')}</p>
      <div className="vault-warning" role="note">
        <p className="vault-warning-title">{t('setup.warningTitle')}</p>
        <p>{t('setup.warning')}</p>
      </div>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('setup.passphrase')}
          hint={t('setup.passphraseHint', { count: minimumPassphraseLength })}
          type={isShown ? 'text' : 'password'}
          value={passphrase}
          onValueChange={setPassphrase}
          error={errors.passphrase}
        />
        <p className={`strength strength-${strength}`} aria-live="polite" data-testid="passphrase-strength">
          {passphrase ? t(`strength.${strength}`) : ''}
        </p>
        <TextField
          label={t('setup.confirm')}
          type={isShown ? 'text' : 'password'}
          value={confirmation}
          onValueChange={setConfirmation}
          error={errors.confirmation}
        />
        <label className="choice">
          <input type="checkbox" checked={isShown} onChange={(event) => setIsShown(event.target.checked)} />
          <span>{t('showPassphrase')}</span>
        </label>
        {errors.form && (
          <p className="field-error" role="alert">
            {t(errors.form, { count: minimumPassphraseLength })}
          </p>
        )}
        <p>
          <button type="submit" className="button" disabled={isBusy}>
            {isBusy ? t('setup.creating') : t('setup.create')}
          </button>
        </p>
      </form>
      {/* A new phone: the journal comes back from a backup file, with that file's passphrase. */}
      <p>
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={isRestoreShown}
          onClick={() => setIsRestoreShown((shown) => !shown)}
        >
          {t('setup.restoreFromBackup')}
        </button>
      </p>
      {isRestoreShown && <BackupFileForm kind="restore" owner={owner} />}
    </div>
  );
}
