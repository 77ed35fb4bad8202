import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  autoLockChoices,
  changePassphrase,
  getAutoLockMinutes,
  hasPin,
  minimumPassphraseLength,
  pinLength,
  setAutoLockMinutes,
  setPin,
} from '../../vault';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { RadioChoices } from '../../ui/RadioChoices';
import { TextField } from '../../ui/TextField';
import type { VaultRecordsOwner } from './recordsOwner';
import { useNewPassphraseCheck } from './useNewPassphraseCheck';
import { vaultErrorKey } from './vaultErrors';
import './vault.css';

/** Passphrase, PIN and auto-lock: the journal's lock settings. `nav` is the owner's navigation, under the heading. */
export function VaultSettingsView({ nav, owner }: { nav: ReactNode; owner: VaultRecordsOwner }) {
  const { t } = useTranslation('vault');
  return (
    <div className="screen vault">
      <ScreenHeading>{t('settings.title')}</ScreenHeading>
      {nav}
      <AutoLockSetting />
      <ChangePassphrase groupOf={owner.groupOf} />
      <PinSetting />
    </div>
  );
}

function AutoLockSetting() {
  const { t } = useTranslation('vault');
  const [minutes, setMinutes] = useState(getAutoLockMinutes());
  const [error, setError] = useState<string>();
  return (
    <RadioChoices
      legend={t('settings.autoLock')}
      hint={t('settings.autoLockHint')}
      name="auto-lock"
      choices={autoLockChoices.map((choice) => ({ value: choice, label: t('settings.minutes', { count: choice }) }))}
      chosen={minutes}
      onChoose={(choice) => {
        setMinutes(choice);
        setAutoLockMinutes(choice).then(
          () => setError(undefined),
          (caught: unknown) => setError(t(vaultErrorKey(caught))),
        );
      }}
    >
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </RadioChoices>
  );
}

function ChangePassphrase({ groupOf }: { groupOf: VaultRecordsOwner['groupOf'] }) {
  const { t } = useTranslation('vault');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ current?: string; next?: string; confirmation?: string }>({});
  const [done, setDone] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const checkNewPassphrase = useNewPassphraseCheck();

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    setDone('');
    const problem = checkNewPassphrase(next, confirmation);
    if (problem) {
      setErrors({ next: problem.passphrase, confirmation: problem.confirmation });
      return;
    }
    setErrors({});
    setIsBusy(true);
    try {
      // Every record is encrypted again under a new key; the owner's are re-filed under their group (the journal's: their month).
      await changePassphrase(current, next, { groupOf });
      setCurrent('');
      setNext('');
      setConfirmation('');
      setDone(t('settings.passphraseChanged'));
    } catch (caught) {
      setErrors({ current: t(vaultErrorKey(caught), { count: minimumPassphraseLength }) });
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <section aria-labelledby="change-title" className="settings-section">
      <h2 id="change-title">{t('settings.changeTitle')}</h2>
      <p>{t('settings.changeExplain')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField label={t('settings.current')} type="password" value={current} onValueChange={setCurrent} error={errors.current} />
        <TextField
          label={t('settings.new')}
          hint={t('setup.passphraseHint', { count: minimumPassphraseLength })}
          type="password"
          value={next}
          onValueChange={setNext}
          error={errors.next}
        />
        <TextField
          label={t('settings.confirmNew')}
          type="password"
          value={confirmation}
          onValueChange={setConfirmation}
          error={errors.confirmation}
        />
        <p>
          <button type="submit" className="button" disabled={isBusy}>
            {t('settings.change')}
          </button>
        </p>
      </form>
      <p role="status">{done}</p>
    </section>
  );
}

function PinSetting() {
  const { t } = useTranslation('vault');
  const [pin, setPinValue] = useState('');
  const [isSet, setIsSet] = useState(hasPin());
  const [error, setError] = useState<string>();
  const [done, setDone] = useState('');

  async function save(event: SyntheticEvent) {
    event.preventDefault();
    setDone('');
    try {
      await setPin(pin);
      setIsSet(true);
      setPinValue('');
      setError(undefined);
      setDone(t('settings.pinSaved'));
    } catch (caught) {
      setError(t(vaultErrorKey(caught), { min: pinLength.min, max: pinLength.max }));
    }
  }

  return (
    <section aria-labelledby="pin-title" className="settings-section">
      <h2 id="pin-title">{t('settings.pinTitle')}</h2>
      <p>{t('settings.pinExplain')}</p>
      <form onSubmit={(event) => void save(event)} noValidate>
        <TextField
          label={isSet ? t('settings.pinNew') : t('settings.pin')}
          hint={t('settings.pinHint', { min: pinLength.min, max: pinLength.max })}
          type="password"
          inputMode="numeric"
          maxLength={pinLength.max}
          value={pin}
          onValueChange={setPinValue}
          error={error}
        />
        <p className="button-row">
          <button type="submit" className="button">
            {t('settings.pinSave')}
          </button>
          {isSet && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                void setPin(null).then(
                  () => {
                    setIsSet(false);
                    setDone(t('settings.pinRemoved'));
                  },
                  (caught: unknown) => setError(t(vaultErrorKey(caught))),
                )
              }
            >
              {t('settings.pinRemove')}
            </button>
          )}
        </p>
      </form>
      <p role="status">{done}</p>
    </section>
  );
}
