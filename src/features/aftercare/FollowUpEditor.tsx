import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { TextField } from '../../ui/TextField';
import { useLanguage } from '../../ui/useLanguage';
import { formatDate } from '../../i18n/format';
import {
  checkFollowUp,
  failureOf,
  followUpWays,
  maxWhoLength,
  saveFollowUp,
  type AftercareFailure,
  type FollowUp,
  type FollowUpDraft,
  type FollowUpProblem,
} from './followUps';
import { countFollowUpAgreed } from '../report';
import { EditorActions } from './EditorActions';
import { EditorGate } from './EditorGate';
import { dateOfLocalDay, localDayOf } from './localDay';
import './aftercare.css';

/** What the close screen learns once a next contact is saved: the same words, for the Companion's note. */
export type AgreedContact = { who: string; when: string };

type FollowUpEditorProps = {
  /** A name the Companion already wrote in her note's next contact, so she need not write it twice. */
  initialWho?: string;
  onSaved: (agreed: AgreedContact) => void;
  onBack: () => void;
};

/**
 * Agreeing the next contact at the end of a run: the vault's set-up or unlock screen first when it
 * is not open, then who, by when and how. Nothing is stored until the Companion saves.
 */
export function FollowUpEditor(props: FollowUpEditorProps) {
  const { t } = useTranslation('aftercare');
  return (
    <EditorGate title={t('followUp.title')} backLabel={t('followUp.back')} onBack={props.onBack}>
      <FollowUpForm {...props} />
    </EditorGate>
  );
}

function FollowUpForm({ initialWho = '', onSaved, onBack }: FollowUpEditorProps) {
  const { t } = useTranslation('aftercare');
  const language = useLanguage();
  const [today] = useState(() => localDayOf(new Date()));
  const [draft, setDraft] = useState<FollowUpDraft>({ who: initialWho, due: today, time: '', how: 'call' });
  const [problems, setProblems] = useState<FollowUpProblem>({});
  const [failure, setFailure] = useState<AftercareFailure>();
  const [isSaving, setIsSaving] = useState(false);
  // Typed or chosen here and not saved: a name, or anything changed beside the name the note gave.
  const isUnsaved =
    draft.who.trim() !== '' && (draft.who !== initialWho || draft.due !== today || draft.time !== '' || draft.how !== 'call');

  const change = (part: Partial<FollowUpDraft>) => setDraft({ ...draft, ...part });

  const describe = (followUp: FollowUp): AgreedContact => {
    const date = formatDate(dateOfLocalDay(followUp.due), language, { weekday: 'short', day: 'numeric', month: 'short' });
    const dateAndTime = followUp.time ? `${date} ${followUp.time}` : date;
    return { who: followUp.who, when: t('followUp.noteWhen', { date: dateAndTime, how: t(`followUp.ways.${followUp.how}`) }) };
  };

  const save = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (isSaving) return;
    setFailure(undefined);
    const checked = checkFollowUp(draft);
    if ('problems' in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    setIsSaving(true);
    try {
      await saveFollowUp(checked.followUp);
      // For her report, if counting is on: only how they will be in touch, never who or when.
      countFollowUpAgreed(checked.followUp.how);
      onSaved(describe(checked.followUp));
    } catch (error) {
      // What she typed stays on screen: she can fix the cause and save again.
      setFailure(failureOf(error));
      setIsSaving(false);
    }
  };

  return (
    <div className="screen aftercare-form">
      <ScreenHeading>{t('followUp.title')}</ScreenHeading>
      <p className="lead">{t('followUp.intro')}</p>
      <form noValidate onSubmit={(event) => void save(event)}>
        <TextField
          label={t('followUp.who')}
          hint={t('followUp.whoHint')}
          value={draft.who}
          onValueChange={(who) => change({ who })}
          error={
            problems.who === 'missing'
              ? t('followUp.problems.whoMissing')
              : problems.who === 'too-long'
                ? t('followUp.problems.whoTooLong', { max: maxWhoLength })
                : undefined
          }
        />
        <TextField
          type="date"
          label={t('followUp.due')}
          value={draft.due}
          min={today}
          onValueChange={(due) => change({ due })}
          error={problems.due ? t('followUp.problems.dueMissing') : undefined}
        />
        <TextField type="time" label={t('followUp.time')} value={draft.time} onValueChange={(time) => change({ time })} />
        <fieldset className="choice-group">
          <legend>{t('followUp.how')}</legend>
          {followUpWays.map((way) => (
            <label key={way} className="choice">
              <input type="radio" name="follow-up-how" checked={draft.how === way} onChange={() => change({ how: way })} />
              <span>{t(`followUp.ways.${way}`)}</span>
            </label>
          ))}
        </fieldset>
        <EditorActions editor="followUp" failure={failure} isSaving={isSaving} isUnsaved={isUnsaved} onBack={onBack} />
      </form>
    </div>
  );
}
