import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { lock } from '../../vault';
import { RadioChoices } from '../../ui/RadioChoices';
import { TextAreaField } from '../../ui/TextAreaField';
import { performQuickExit } from '../safety';
import {
  answersProblem,
  emptyAnswers,
  maxCommentLength,
  questionIds,
  saveAnswers,
  scalePoints,
  type Answers,
  type AnswersProblem,
  type Round,
} from './rounds';

/*
 * The participants' screen, while the facilitator's phone goes from hand to hand.
 *
 * Why it is safe to hand the phone over with the vault open (the answers must be written to it):
 * - It is a modal <dialog> that covers the whole screen. The browser makes everything under it
 *   inert: the app's header, its links and the rest of the page can be neither seen, tapped nor
 *   reached with Tab. Only the form, the quick exit (first, as on every screen) and the end button
 *   are here.
 * - Every way out locks the vault with no PIN shortcut, so only the facilitator's passphrase
 *   opens anything again: the end button; Escape or Android's Back closing the dialog; the
 *   browser's Back (popstate, handled before the next screen can read anything); this screen
 *   going away for any other reason. After a lock the journal, notes and contacts are ciphertext.
 * - The vault's own auto-lock still runs; it ends the form the same way.
 * - Each person's answers leave the screen as soon as they are saved: the next person gets a new
 *   form (new elements, not cleared ones), and nothing of the previous answers is shown, not even
 *   a count.
 */

type ParticipantFormProps = {
  roundId: string;
  round: Round;
  /** The round as stored after a person's answers were saved. */
  onSaved: (round: Round) => void;
};

function endRound(): void {
  lock('manual');
}

export function ParticipantForm({ roundId, round, onSaved }: ParticipantFormProps) {
  const { t } = useTranslation('feedback');
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [answers, setAnswers] = useState<Answers>(emptyAnswers);
  // A new key gives the next person new form elements: nothing of the last answers survives in them.
  const [personNumber, setPersonNumber] = useState(0);
  const [problem, setProblem] = useState<AnswersProblem | 'saveFailed'>();
  const [isSaving, setIsSaving] = useState(false);
  const [hasThanks, setHasThanks] = useState(false);
  const thanks = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // jsdom has no showModal; browsers all do.
    if (typeof element.showModal === 'function') {
      if (!element.open) element.showModal();
    } else element.setAttribute('open', '');
    const refuseCancel = (event: Event) => event.preventDefault();
    // Some browsers close a modal dialog on Back or a second Escape whatever the page says: then it locks.
    const lockOnClose = () => endRound();
    // Back: locked now, in this event, before the screen Back leads to renders and reads anything.
    const lockOnBack = () => endRound();
    element.addEventListener('cancel', refuseCancel);
    element.addEventListener('close', lockOnClose);
    window.addEventListener('popstate', lockOnBack);
    let isMounted = true;
    return () => {
      isMounted = false;
      element.removeEventListener('cancel', refuseCancel);
      element.removeEventListener('close', lockOnClose);
      window.removeEventListener('popstate', lockOnBack);
      // Gone for good (not React's development remount, which runs this effect again at once): lock.
      setTimeout(() => {
        if (!isMounted && !element.isConnected) endRound();
      }, 0);
    };
  }, []);

  useEffect(() => {
    if (hasThanks) thanks.current?.focus();
  }, [hasThanks, personNumber]);

  function change(next: Answers) {
    setAnswers(next);
    setHasThanks(false);
    if (problem && !answersProblem(next)) setProblem(undefined);
  }

  async function send(event: SyntheticEvent) {
    event.preventDefault();
    if (isSaving) return;
    const found = answersProblem(answers);
    if (found) {
      setProblem(found);
      return;
    }
    setIsSaving(true);
    try {
      const saved = await saveAnswers(roundId, round, answers);
      onSaved(saved);
      setAnswers(emptyAnswers);
      setProblem(undefined);
      setPersonNumber((number) => number + 1);
      setHasThanks(true);
    } catch {
      // Nothing was written (one transaction); her answers are still on the screen.
      setProblem('saveFailed');
    } finally {
      setIsSaving(false);
    }
  }

  const problemText =
    problem === 'commentTooLong' ? t('form.commentTooLong', { max: maxCommentLength }) : problem ? t(`form.${problem}`) : undefined;

  return (
    <dialog ref={dialog} className="feedback-participant" aria-labelledby={headingId}>
      <div className="quick-exit">
        <button type="button" className="quick-exit-button" onClick={performQuickExit}>
          {t('shell.quickExit', { ns: 'common' })}
        </button>
      </div>
      <div className="feedback-participant-body">
        <h1 id={headingId} className="screen-heading">
          {t('form.title')}
        </h1>
        <div role="status">
          {hasThanks && (
            <p ref={thanks} tabIndex={-1} className="feedback-thanks">
              {t('form.thanks')}
            </p>
          )}
        </div>
        <p className="hint">{t('form.anonymous')}</p>
        <form key={personNumber} noValidate onSubmit={(event) => void send(event)}>
          {questionIds.map((question) => (
            <RadioChoices
              key={question}
              legend={t(`questions.${question}`)}
              name={`feedback-${question}`}
              choices={scalePoints.map((point) => ({ value: point, label: t(`scale.${point}`) }))}
              chosen={answers.ratings[question]}
              onChoose={(point) => change({ ...answers, ratings: { ...answers.ratings, [question]: point } })}
            />
          ))}
          <TextAreaField
            label={t('form.comment')}
            hint={t('form.commentHint')}
            value={answers.comment}
            onValueChange={(comment) => change({ ...answers, comment })}
            error={problem === 'commentTooLong' ? problemText : undefined}
          />
          {problemText && problem !== 'commentTooLong' && (
            <p className="field-error" role="alert">
              {problemText}
            </p>
          )}
          <p>
            <button type="submit" className="button" disabled={isSaving}>
              {isSaving ? t('form.sending') : t('form.send')}
            </button>
          </p>
        </form>
        <div className="feedback-end">
          <p className="hint" id={`${headingId}-end`}>
            {t('form.endHint')}
          </p>
          <button type="button" className="button button-secondary" aria-describedby={`${headingId}-end`} onClick={endRound}>
            {t('form.end')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
