import { memo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/router';
import { newEntry, type Mood } from './entry';
import { saveEntry } from './journalStore';
import { MoodChoice } from './MoodChoice';
import { vaultErrorKey, type VaultErrorKey } from '../vault';

/** Today's check-in: a mood and Save, two taps. Details can be added after. Memoised: it needs nothing from the screen around it. */
export const QuickCheckIn = memo(function QuickCheckIn() {
  const { t } = useTranslation(['journal', 'vault']);
  const [mood, setMood] = useState<Mood>();
  const [savedId, setSavedId] = useState<string>();
  const [error, setError] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (mood === undefined) {
      setError(t('journal:checkIn.chooseMood'));
      return;
    }
    setIsSaving(true);
    setError(undefined);
    try {
      const entry = newEntry(mood);
      await saveEntry(entry);
      setSavedId(entry.id);
      setMood(undefined);
    } catch (caught) {
      const key: VaultErrorKey = vaultErrorKey(caught);
      setError(t(`vault:${key}`));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <section className="check-in" aria-labelledby="check-in-title">
      <h2 id="check-in-title">{t('journal:checkIn.title')}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <MoodChoice
          legend={t('journal:checkIn.legend')}
          value={mood}
          onChange={(next) => {
            setMood(next);
            setSavedId(undefined);
            setError(undefined);
          }}
          error={error}
        />
        <p className="button-row">
          <button type="submit" className="button" disabled={isSaving}>
            {t('journal:checkIn.save')}
          </button>
          <Link to="/journal/new" className="button button-secondary">
            {t('journal:checkIn.writeMore')}
          </Link>
        </p>
      </form>
      <div role="status" className="check-in-status">
        {savedId && (
          <p className="saved-note">
            {t('journal:checkIn.saved')} <Link to={`/journal/entry/${savedId}`}>{t('journal:checkIn.addDetails')}</Link>
          </p>
        )}
      </div>
    </section>
  );
});
