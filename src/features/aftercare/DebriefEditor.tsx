import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { TextAreaField } from '../../ui/TextAreaField';
import {
  debriefFields,
  debriefFrom,
  emptyDebriefDraft,
  loadDebriefs,
  maxAnswerLength,
  needsHardRunNotice,
  recentHardRuns,
  saveDebrief,
  tooLongAnswers,
  type DebriefDraft,
  type DebriefField,
} from './debriefs';
import { failureOf, type AftercareFailure } from './followUps';
import { EditorActions } from './EditorActions';
import { EditorGate } from './EditorGate';
import { HardRunNotice } from './HardRunNotice';
import './aftercare.css';

type DebriefEditorProps = {
  /** Her answer so far to "was this a hard one?" (the close screen's check-in); she can change it here. */
  initialIsHardOne?: boolean;
  onSaved: () => void;
  onBack: () => void;
};

/** The Companion's debrief after a run, behind the vault's set-up or unlock screen when it is not open. */
export function DebriefEditor(props: DebriefEditorProps) {
  const { t } = useTranslation('aftercare');
  return (
    <EditorGate title={t('debrief.title')} backLabel={t('debrief.back')} onBack={props.onBack}>
      <DebriefForm {...props} />
    </EditorGate>
  );
}

function DebriefForm({ initialIsHardOne = false, onSaved, onBack }: DebriefEditorProps) {
  const { t } = useTranslation('aftercare');
  const [draft, setDraft] = useState<DebriefDraft>({ ...emptyDebriefDraft, isHardOne: initialIsHardOne });
  const [tooLong, setTooLong] = useState<DebriefField[]>([]);
  const [failure, setFailure] = useState<AftercareFailure>();
  const [isSaving, setIsSaving] = useState(false);
  // After saving, when hard runs came close together: the notice, before going back.
  const [hardCount, setHardCount] = useState<number>();
  const isUnsaved = debriefFields.some((field) => draft[field].trim() !== '');

  const save = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (isSaving) return;
    setFailure(undefined);
    const found = tooLongAnswers(draft);
    setTooLong(found);
    if (found.length > 0) return;
    setIsSaving(true);
    try {
      await saveDebrief(debriefFrom(draft));
    } catch (error) {
      setFailure(failureOf(error));
      setIsSaving(false);
      return;
    }
    const now = new Date();
    // The debrief is saved either way; a failed read only means no notice this time.
    const { debriefs } = await loadDebriefs().catch(() => ({ debriefs: [] }));
    if (needsHardRunNotice(debriefs, now)) setHardCount(recentHardRuns(debriefs, now));
    else onSaved();
  };

  if (hardCount !== undefined) {
    return (
      <div className="screen aftercare-form">
        <ScreenHeading>{t('debrief.title')}</ScreenHeading>
        <p role="status">{t('offers.debriefSaved')}</p>
        <HardRunNotice hardCount={hardCount} />
        <div className="aftercare-actions">
          <button type="button" className="button button-secondary" onClick={onSaved}>
            {t('debrief.back')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="screen aftercare-form">
      <ScreenHeading>{t('debrief.title')}</ScreenHeading>
      <p className="lead">{t('debrief.intro')}</p>
      <form noValidate onSubmit={(event) => void save(event)}>
        {debriefFields.map((field) => (
          <TextAreaField
            key={field}
            rows={3}
            label={t(`debrief.${field}`)}
            hint={t('debrief.hint', { max: maxAnswerLength })}
            value={draft[field]}
            onValueChange={(value) => setDraft({ ...draft, [field]: value })}
            error={tooLong.includes(field) ? t('debrief.tooLong', { max: maxAnswerLength }) : undefined}
          />
        ))}
        <fieldset className="choice-group">
          <legend>{t('debrief.isHardOne')}</legend>
          <label className="choice">
            <input type="radio" name="debrief-hard" checked={draft.isHardOne} onChange={() => setDraft({ ...draft, isHardOne: true })} />
            <span>{t('debrief.hardYes')}</span>
          </label>
          <label className="choice">
            <input type="radio" name="debrief-hard" checked={!draft.isHardOne} onChange={() => setDraft({ ...draft, isHardOne: false })} />
            <span>{t('debrief.hardNo')}</span>
          </label>
        </fieldset>
        <EditorActions editor="debrief" failure={failure} isSaving={isSaving} isUnsaved={isUnsaved} onBack={onBack} />
      </form>
    </div>
  );
}
