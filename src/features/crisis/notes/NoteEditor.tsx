import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../../ui/ScreenHeading';
import { TextField } from '../../../ui/TextField';
import { useUnsavedDraft } from '../../../ui/unsavedDraft';
import { SummaryList } from '../SummaryList';
import {
  maxNextContactLength,
  maxNoteLength,
  noteFailureOf,
  noteFrom,
  saveCompanionNote,
  tooLongFieldsOf,
  type NoteDraft,
  type NoteFailure,
  type SessionSummary,
} from './companionNotes';
import { VaultGate } from '../../vault';

type NoteEditorProps = {
  session: SessionSummary;
  /** What is typed so far; kept by the close screen, so opening the vault or going back loses nothing. */
  draft: NoteDraft;
  onDraftChange: (draft: NoteDraft) => void;
  onSaved: () => void;
  onBack: () => void;
};

/**
 * Writing the private note: the vault's own set-up or unlock screen first when it is not open,
 * then the summary and a field for the Companion's words. Nothing is stored until "Save note".
 */
export function NoteEditor(props: NoteEditorProps) {
  const { t } = useTranslation('crisis');
  useUnsavedDraft(Object.values(props.draft).some((value) => value.trim() !== ''));
  const backButton = (
    <button type="button" className="button button-secondary" onClick={props.onBack}>
      {t('note.backToSummary')}
    </button>
  );
  return (
    <VaultGate title={t('note.title')} loadingText={t('note.opening')} wayBack={backButton}>
      <NoteForm {...props} />
    </VaultGate>
  );
}

function NoteForm({ session, draft, onDraftChange, onSaved, onBack }: NoteEditorProps) {
  const { t } = useTranslation('crisis');
  const [isSaving, setIsSaving] = useState(false);
  const [tooLong, setTooLong] = useState<(keyof NoteDraft)[]>([]);
  const [failure, setFailure] = useState<NoteFailure>();

  const change = (part: Partial<NoteDraft>) => {
    const next = { ...draft, ...part };
    onDraftChange(next);
    // An error goes away as soon as the field it names is short enough again.
    if (tooLong.length > 0) setTooLong(tooLong.filter((field) => tooLongFieldsOf(next).includes(field)));
  };

  const save = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (isSaving) return;
    setFailure(undefined);
    const found = tooLongFieldsOf(draft);
    setTooLong(found);
    if (found.length > 0) return;
    setIsSaving(true);
    try {
      await saveCompanionNote(noteFrom(session, draft));
      onSaved();
    } catch (error) {
      // The summary and the words stay on screen: the Companion can fix the cause and save again.
      setFailure(noteFailureOf(error));
      setIsSaving(false);
    }
  };

  return (
    <div className="screen crisis-note">
      <ScreenHeading>{t('note.title')}</ScreenHeading>
      <p className="lead">{t('note.intro')}</p>
      <section aria-labelledby="crisis-note-summary" className="crisis-summary">
        <h2 id="crisis-note-summary">{t('close.summaryHeading')}</h2>
        <SummaryList
          title={session.script.title}
          steps={session.summary.stepsDone.length}
          minutes={session.minutes}
          services={session.summary.referralNeeds}
        />
      </section>
      <form noValidate onSubmit={(event) => void save(event)}>
        <TextField
          label={t('note.field')}
          hint={t('note.hint', { max: maxNoteLength })}
          value={draft.text}
          onValueChange={(text) => change({ text })}
          error={tooLong.includes('text') ? t('note.tooLong', { max: maxNoteLength }) : undefined}
        />
        <fieldset className="crisis-next-contact">
          <legend>{t('note.nextContact.legend')}</legend>
          <p className="hint">{t('note.nextContact.hint')}</p>
          <TextField
            label={t('note.nextContact.who')}
            hint={t('note.nextContact.whoHint')}
            value={draft.who}
            onValueChange={(who) => change({ who })}
            error={tooLong.includes('who') ? t('note.nextContact.tooLong', { max: maxNextContactLength }) : undefined}
          />
          <TextField
            label={t('note.nextContact.when')}
            hint={t('note.nextContact.whenHint')}
            value={draft.when}
            onValueChange={(when) => change({ when })}
            error={tooLong.includes('when') ? t('note.nextContact.tooLong', { max: maxNextContactLength }) : undefined}
          />
        </fieldset>
        {failure && (
          <p className="field-error" role="alert">
            {t(`note.errors.${failure}`)}
          </p>
        )}
        <div className="crisis-note-actions">
          <button type="submit" className="button crisis-main" disabled={isSaving}>
            {isSaving ? t('note.saving') : t('note.saveButton')}
          </button>
          <button type="button" className="button button-secondary" onClick={onBack}>
            {t('note.backToSummary')}
          </button>
        </div>
      </form>
    </div>
  );
}
