import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PfaScriptPack } from '../../content/schema';
import { requestFocusOnNextScreen } from '../../ui/focusOnNavigation';
import { Link } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { DebriefEditor, DebriefOffer, FollowUpEditor, FollowUpOffer, type AgreedContact } from '../aftercare';
import type { RunSummary } from './engine/scriptEngine';
import { NoteEditor, notesPath, type NoteDraft } from './notes';
import { SafetyPlanOffer } from './SafetyPlanOffer';
import { SummaryList } from './SummaryList';
import { useStartAtTop } from './useStartAtTop';

const checkInAnswers = ['okay', 'hard', 'talk'] as const;
type CheckInAnswer = (typeof checkInAnswers)[number];
const emptyDraft: NoteDraft = { text: '', who: '', when: '' };
/** What fills the whole screen for a moment: the note, the next contact (aftercare) or her debrief. */
type OpenPart = 'note' | 'follow-up' | 'debrief';

/**
 * After the close: a recap for the Companion that lives only in memory, unless the Companion
 * saves it as a private note in the vault; then what is agreed with the person while she is still
 * there (a safety plan, the next contact); only then a question for the Companion about herself,
 * her debrief and self-care offers. The check-in answer is never saved by itself: "It was hard" only
 * preselects the debrief's own "was this a hard one?", which she sees and may change before saving.
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
  const [openPart, setOpenPart] = useState<OpenPart>();
  const [draft, setDraft] = useState<NoteDraft>(emptyDraft);
  const [isNoteSaved, setIsNoteSaved] = useState(false);
  const [isFollowUpSaved, setIsFollowUpSaved] = useState(false);
  const [isDebriefSaved, setIsDebriefSaved] = useState(false);
  useStartAtTop();

  const show = (part: OpenPart | undefined) => {
    requestFocusOnNextScreen();
    setOpenPart(part);
  };
  const showNoteEditor = (isShown: boolean) => show(isShown ? 'note' : undefined);

  // One agreement, two places: the next contact saved for Home also fills the note's "next contact"
  // (who, when) if the Companion has not written one there, so a note saved after says the same.
  const agreeContact = (agreed: AgreedContact) => {
    if (!isNoteSaved && draft.who.trim() === '' && draft.when.trim() === '') setDraft({ ...draft, ...agreed });
    setIsFollowUpSaved(true);
    show(undefined);
  };

  if (openPart === 'follow-up') {
    return <FollowUpEditor initialWho={draft.who.trim()} onSaved={agreeContact} onBack={() => show(undefined)} />;
  }

  if (openPart === 'debrief') {
    return (
      <DebriefEditor
        // "It was hard" in the check-in above is her first answer to the debrief's own question.
        initialIsHardOne={answer === 'hard'}
        onSaved={() => {
          setIsDebriefSaved(true);
          show(undefined);
        }}
        onBack={() => show(undefined)}
      />
    );
  }

  if (openPart === 'note') {
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

      {/* What must be agreed while the person is still there comes first; then the Companion turns to herself. */}
      <SafetyPlanOffer crisisType={script.crisisType} />
      <FollowUpOffer isSaved={isFollowUpSaved} onAgree={() => show('follow-up')} />
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
      <DebriefOffer isSaved={isDebriefSaved} onDebrief={() => show('debrief')} />
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
