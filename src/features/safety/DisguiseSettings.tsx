import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { TextField } from '../../ui/TextField';
import { sealShortCode } from '../../vault/shortCode';
import { updateSafetySettings } from './safetySettings';
import { DisguiseCodeSchema } from './safetySettingsSchema';
import { markOpenedThroughDisguise } from './session';
import { useSafetySettings } from './useSafetySettings';

type Problem = 'invalidCode' | 'notSaved' | undefined;

/** Opt-in disguise: off by default, with a plain warning before it can be turned on. */
export function DisguiseSettings() {
  const { t } = useTranslation('safety');
  const { isDisguised } = useSafetySettings();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [announcement, setAnnouncement] = useState('');

  async function turnOn(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = z.safeParse(DisguiseCodeSchema, code);
    if (!parsed.success) {
      setProblem('invalidCode');
      return;
    }
    try {
      const disguiseCodeSeal = await sealShortCode(parsed.data);
      // This tab stays open; the calculator comes first from the next start.
      markOpenedThroughDisguise();
      updateSafetySettings({ isDisguised: true, disguiseCodeSeal });
      setCode('');
      setProblem(undefined);
      setAnnouncement(t('settings.saved'));
    } catch {
      setProblem('notSaved');
    }
  }

  function turnOff() {
    try {
      updateSafetySettings({ isDisguised: false, disguiseCodeSeal: undefined });
      setProblem(undefined);
      setAnnouncement(t('settings.saved'));
    } catch {
      setProblem('notSaved');
    }
  }

  return (
    <div>
      <h3 id="disguise-title">{t('settings.disguise.title')}</h3>
      <p className="notice">{t('settings.disguise.warning')}</p>
      <p>{t('settings.disguise.what')}</p>
      <p>{t('settings.disguise.install')}</p>
      {isDisguised ? (
        <>
          <p>{t('settings.disguise.isOn')}</p>
          <p className="hint">{t('settings.disguise.turnOffInstall')}</p>
          <button type="button" className="button button-secondary" onClick={turnOff}>
            {t('settings.disguise.turnOff')}
          </button>
          {problem === 'notSaved' && (
            <p className="field-error" role="alert">
              {t('settings.notSaved')}
            </p>
          )}
        </>
      ) : (
        <form onSubmit={(event) => void turnOn(event)} noValidate aria-labelledby="disguise-title">
          <TextField
            label={t('settings.disguise.codeLabel')}
            hint={t('settings.disguise.codeHint')}
            inputMode="numeric"
            value={code}
            onValueChange={(value) => {
              setCode(value.trim());
              setProblem(undefined);
            }}
            error={
              problem === 'invalidCode' ? t('settings.disguise.codeInvalid') : problem === 'notSaved' ? t('settings.notSaved') : undefined
            }
          />
          <button type="submit" className="button button-secondary">
            {t('settings.disguise.turnOn')}
          </button>
        </form>
      )}
      <p role="status">{announcement}</p>
    </div>
  );
}
