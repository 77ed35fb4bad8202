import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PfaScriptPack } from '../../content/schema';
import { requestFocusOnNextScreen } from '../../ui/focusOnNavigation';
import { Link } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import type { RunSummary } from './engine/scriptEngine';
import { NoteEditor, notesPath, type NoteDraft } from './notes';
import { SafetyPlanOffer } from './SafetyPlanOffer';
import { SummaryList } from './SummaryList';
import { useStartAtTop } from './useStartAtTop';

const checkInAnswers = ['okay', 'hard', 'talk'] as const;
type CheckInAnswer = (typeof checkInAnswers)[number];
const emptyDraft: NoteDraft = { text: '', who: '', when: '' };

/**
 * After the close: a recap for the Companion that lives only in memory, unless the Companion
 * saves it as a private note in the vault; then a question for the Companion about themself,
 * with self-care offers. The check-in answer is never saved.
 */
export function CloseView({
  script,
  summary,
  minutes,
  onStartAgain,
}: {
  script: PfaScriptPack;
  summary: RunSummary;
  minutes: number;
  onStartAgain: () => void;
}) {
  const { t } = useTranslation('crisis');
  const [answer, setAnswer] = useState<CheckInAnswer>();
  const [isWritingNote, setIsWritingNote] = useState(false);
  const [draft, setDraft] = useState<NoteDraft>(emptyDraft);
  const [isNoteSaved, setIsNoteSaved] = useState(false);
  useStartAtTop();

  const showNoteEditor = (isShown: boolean) => {
    requestFocusOnNextScreen();
    setIsWritingNote(isShown);
  };

  if (isWritingNote) {
    return (
      <NoteEditor
        session={{ script, summary, minutes }}
        draft={draft}
        onDraftChange={setDraft}
        onBack={() => showNoteEditor(false)}
        onSaved={() => {
          // The words are in the vault now; no copy stays in memory.
          setDraft(emptyDraft);
          setIsNoteSaved(true);
          showNoteEditor(false);
        }}
      />
    );
  }

  return (
    <div className="screen crisis-close">
      <ScreenHeading>{t('close.title')}</ScreenHeading>

      <section aria-labelledby="crisis-summary-heading" className="crisis-summary">
        <h2 id="crisis-summary-heading">{t('close.summaryHeading')}</h2>
        <SummaryList title={script.title} steps={summary.stepsDone.length} minutes={minutes} services={summary.referralNeeds} />
        {isNoteSaved ? (
          <div role="status" className="crisis-note-saved">
            <p>{t('note.saved')}</p>
            <Link to={notesPath} className="button button-secondary">
              {t('note.seeNotes')}
            </Link>
          </div>
        ) : (
          <>
            <p className="hint">{t('close.notSaved')}</p>
            <button type="button" className="button button-secondary" onClick={() => showNoteEditor(true)}>
              {t('note.save')}
            </button>
          </>
        )}
      </section>

      <SafetyPlanOffer crisisType={script.crisisType} />

      <fieldset className="choice-group crisis-checkin">
        <legend>{t('close.checkInQuestion')}</legend>
        {checkInAnswers.map((option) => (
          <label key={option} className="choice">
            <input type="radio" name="companion-check-in" checked={answer === option} onChange={() => setAnswer(option)} />
            <span>{t(`close.answers.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      {answer && (
        <div role="status" className="crisis-checkin-reply">
          <p>{t(`close.replies.${answer}`)}</p>
        </div>
      )}
      <div className="crisis-close-actions">
        <Link to="/selfcare" className="button">
          {t('close.selfCare')}
        </Link>
        <button type="button" className="button button-secondary" onClick={onStartAgain}>
          {t('close.startAgain')}
        </button>
        <Link to="/" className="button button-secondary">
          {t('close.home')}
        </Link>
      </div>
    </div>
  );
}
