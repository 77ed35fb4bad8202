import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PfaScriptPack, ServiceType } from '../../packs/schema';
import { Link } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import type { RunSummary } from './engine/scriptEngine';

const checkInAnswers = ['okay', 'hard', 'talk'] as const;
type CheckInAnswer = (typeof checkInAnswers)[number];

/**
 * After the close: a recap for the Companion that lives only on this screen, then a question
 * for the Companion about themself, with self-care offers. Nothing here is saved.
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
  return (
    <div className="screen crisis-close">
      <ScreenHeading>{t('close.title')}</ScreenHeading>

      <section aria-labelledby="crisis-summary-heading" className="crisis-summary">
        <h2 id="crisis-summary-heading">{t('close.summaryHeading')}</h2>
        <ul>
          <li>{script.title}</li>
          <li>{t('close.steps', { count: summary.stepsDone.length })}</li>
          <li>{t('close.minutes', { count: minutes })}</li>
          <li>
            {summary.referralNeeds.length === 0
              ? t('close.noReferrals')
              : t('close.referrals', { services: summary.referralNeeds.map((need) => t(`serviceTypes.${need as ServiceType}`)).join(', ') })}
          </li>
        </ul>
        <p className="hint">{t('close.notSaved')}</p>
      </section>

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
