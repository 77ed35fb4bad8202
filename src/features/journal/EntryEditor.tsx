import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, Link } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useUnsavedDraft } from '../../ui/unsavedDraft';
import { CustomLabels } from './CustomLabels';
import {
  cleanCustomLabels,
  feelingIds,
  helpIds,
  maximumTextLength,
  newEntry,
  type FeelingId,
  type HelpId,
  type JournalEntry,
  type Mood,
} from './entry';
import { deleteEntry, saveEntry } from './journalStore';
import { MoodChoice } from './MoodChoice';
import { showNotice } from './notices';
import { vaultErrorKey } from '../vault';
import { useAddressContext } from '../../ui/packText';

type Draft = Omit<JournalEntry, 'mood'> & { mood: Mood | undefined };

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((existing) => existing !== item) : [...list, item];
}

/** Writing or editing one entry. A failed save keeps everything typed on screen. */
export function EntryEditor({ entry }: { entry: JournalEntry | undefined }) {
  const { t } = useTranslation(['journal', 'vault']);
  const context = useAddressContext();
  const textId = useId();
  const isNew = entry === undefined;
  const [draft, setDraft] = useState<Draft>(() => entry ?? { ...newEntry(3), mood: undefined });
  const [moodError, setMoodError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [dateError, setDateError] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);
  const [hasChanges, setHasChanges] = useState(false);
  useUnsavedDraft(hasChanges);
  const [date = '', time = ''] = draft.at.split('T');

  function update(patch: Partial<Draft>) {
    setDraft((current) => ({ ...current, ...patch }));
    setHasChanges(true);
  }

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    const { mood } = draft;
    setMoodError(mood === undefined ? t('journal:checkIn.chooseMood') : undefined);
    const isDateValid = /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time);
    setDateError(isDateValid ? undefined : t('journal:editor.dateInvalid'));
    if (mood === undefined || !isDateValid) return;
    setIsBusy(true);
    setFormError(undefined);
    try {
      await saveEntry({
        ...draft,
        mood,
        customFeelings: cleanCustomLabels(draft.customFeelings),
        customHelped: cleanCustomLabels(draft.customHelped),
        updatedAt: new Date().toISOString(),
      });
      showNotice({ kind: 'saved' });
      navigate('/journal');
    } catch (error) {
      setFormError(t(`vault:${vaultErrorKey(error)}`));
      setIsBusy(false);
    }
  }

  async function remove() {
    setIsBusy(true);
    try {
      await deleteEntry(draft.id);
      showNotice({ kind: 'deleted' });
      navigate('/journal');
    } catch (error) {
      setFormError(t(`vault:${vaultErrorKey(error)}`));
      setIsBusy(false);
    }
  }

  return (
    <div className="screen journal">
      <ScreenHeading>{isNew ? t('journal:editor.newTitle') : t('journal:editor.editTitle')}</ScreenHeading>
      <form onSubmit={(event) => void submit(event)} noValidate className="entry-editor">
        <MoodChoice legend={t('journal:editor.mood')} value={draft.mood} onChange={(mood) => update({ mood })} error={moodError} />

        <fieldset className="choice-group tag-group">
          <legend>{t('journal:editor.feelings')}</legend>
          <div className="tags">
            {feelingIds.map((id: FeelingId) => (
              <label key={id} className="tag">
                <input
                  type="checkbox"
                  checked={draft.feelings.includes(id)}
                  onChange={() => update({ feelings: toggle(draft.feelings, id) })}
                />
                <span>{t(`journal:feelings.${id}`, { context })}</span>
              </label>
            ))}
          </div>
          <CustomLabels
            label={t('journal:editor.ownFeeling')}
            values={draft.customFeelings}
            onChange={(customFeelings) => update({ customFeelings })}
          />
        </fieldset>

        <div className="field">
          <label htmlFor={textId} className="field-label">
            {t('journal:editor.text')}
          </label>
          <textarea
            id={textId}
            className="text-input entry-textarea"
            rows={6}
            maxLength={maximumTextLength}
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="off"
            spellCheck={false}
            value={draft.text}
            onChange={(event) => update({ text: event.target.value })}
          />
        </div>

        <fieldset className="choice-group tag-group">
          <legend>{t('journal:editor.helped', { context })}</legend>
          <p className="hint">{t('journal:editor.helpedHint')}</p>
          <div className="tags">
            {helpIds.map((id: HelpId) => (
              <label key={id} className="tag">
                <input type="checkbox" checked={draft.helped.includes(id)} onChange={() => update({ helped: toggle(draft.helped, id) })} />
                <span>{t(`journal:helped.${id}`)}</span>
              </label>
            ))}
          </div>
          <CustomLabels
            label={t('journal:editor.ownHelp')}
            values={draft.customHelped}
            onChange={(customHelped) => update({ customHelped })}
          />
        </fieldset>

        <fieldset className="choice-group when">
          <legend>{t('journal:editor.when')}</legend>
          <div className="when-fields">
            <label className="field-label">
              {t('journal:editor.date')}
              <input
                className="text-input"
                type="date"
                required
                value={date}
                autoComplete="off"
                onChange={(event) => update({ at: `${event.target.value}T${time}` })}
              />
            </label>
            <label className="field-label">
              {t('journal:editor.time')}
              <input
                className="text-input"
                type="time"
                required
                value={time}
                autoComplete="off"
                onChange={(event) => update({ at: `${date}T${event.target.value}` })}
              />
            </label>
          </div>
          {dateError && (
            <p className="field-error" role="alert">
              {dateError}
            </p>
          )}
        </fieldset>

        {formError && (
          <p className="field-error" role="alert">
            {formError}
          </p>
        )}
        <p className="button-row">
          <button type="submit" className="button" disabled={isBusy}>
            {t('journal:editor.save')}
          </button>
          <Link to="/journal" className="button button-secondary">
            {t('journal:editor.cancel')}
          </Link>
          {!isNew && (
            <button type="button" className="button button-urgent" disabled={isBusy} onClick={() => void remove()}>
              {t('journal:editor.delete')}
            </button>
          )}
        </p>
      </form>
    </div>
  );
}
