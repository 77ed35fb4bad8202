import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { TextField } from '../../ui/TextField';
import { updateSafetySettings } from './safetySettings';
import { NeutralUrlSchema } from './safetySettingsSchema';
import { useSafetySettings } from './useSafetySettings';

type Status = 'idle' | 'saved' | 'invalid' | 'notSaved';

/** The website quick exit opens when online. */
export function NeutralSiteField() {
  const { t } = useTranslation('safety');
  const { neutralUrl } = useSafetySettings();
  const [draft, setDraft] = useState(neutralUrl);
  const [status, setStatus] = useState<Status>('idle');

  function save(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = z.safeParse(NeutralUrlSchema, draft.trim());
    if (!parsed.success) {
      setStatus('invalid');
      return;
    }
    try {
      updateSafetySettings({ neutralUrl: parsed.data });
      setDraft(parsed.data);
      setStatus('saved');
    } catch {
      setStatus('notSaved');
    }
  }

  return (
    <form onSubmit={save} noValidate>
      <TextField
        label={t('settings.site.label')}
        hint={t('settings.site.hint')}
        type="url"
        inputMode="url"
        value={draft}
        onValueChange={(value) => {
          setDraft(value);
          setStatus('idle');
        }}
        error={status === 'invalid' ? t('settings.site.invalid') : status === 'notSaved' ? t('settings.notSaved') : undefined}
      />
      <button type="submit" className="button button-secondary">
        {t('settings.site.save')}
      </button>
      <p role="status">{status === 'saved' ? t('settings.site.saved') : ''}</p>
    </form>
  );
}
