import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuidePack } from '../../content/schema';
import { Link } from '../../ui/router';
import { guideTopic, newRoundPath } from '../feedback';
import { PartContent, partHeading } from './PartContent';
import { clockFace, hasStarted, isRunning } from './sessionClock';
import { groupMinutes, themeSlug, type SessionPart } from './sessionPlan';
import { useSessionClock } from './useSessionClock';

const crisisPath = '/crisis';
const directoryPath = '/directory';

/**
 * A group session from welcome to the facilitator's debrief: the plan with its minutes, a clock for
 * the part she is on, that part's words, what to do if someone is overwhelmed (always in reach), and
 * at the end the way to the group's feedback. `now` is the clock's source of time, for tests.
 */
export function SessionRunner({ plan, guide, now }: { plan: SessionPart[]; guide: Pick<GuidePack, 'id' | 'locale'>; now?: () => number }) {
  const { t } = useTranslation('groups');
  const locale = guide.locale;
  const minutes = plan.map((part) => part.minutes);
  const { clock, reading, start, pause, next, restart } = useSessionClock(themeSlug(guide), minutes, now);
  const overwhelmed = useRef<HTMLDetailsElement>(null);
  const part = plan[reading.partIndex] ?? plan[0];
  if (!part) return null;
  const isLast = reading.partIndex === plan.length - 1;
  const showsFeedback = clock.isFinished || part.id === 'debrief';
  // Someone is overwhelmed now: the steps are opened and brought into view, not left for her to
  // find below the part's words, and focus moves there so a screen reader reads them next.
  const openOverwhelmed = () => {
    const details = overwhelmed.current;
    if (!details) return;
    details.open = true;
    // Focusing the summary also scrolls it into view.
    details.querySelector('summary')?.focus();
  };

  return (
    <>
      <section className="group-plan" aria-labelledby="group-plan-title">
        <h2 id="group-plan-title">{t('plan.title')}</h2>
        <ol>
          {plan.map((planned, index) => (
            <li
              key={planned.id}
              aria-current={!clock.isFinished && index === reading.partIndex ? 'step' : undefined}
              className={!clock.isFinished && index === reading.partIndex ? 'is-current' : undefined}
            >
              <span>{partHeading(planned, t)}</span>{' '}
              <span className="group-plan-minutes">{t('plan.minutes', { count: planned.minutes })}</span>
            </li>
          ))}
        </ol>
        <p>{t('plan.total', { count: groupMinutes(plan) })}</p>
        <p className="group-muted">{t('plan.overwhelmedNote')}</p>
      </section>

      {!clock.isFinished && (
        <section className="group-clock" aria-labelledby="group-part-title">
          <p className="group-part-number">{t('clock.partOf', { number: reading.partIndex + 1, total: plan.length })}</p>
          <h2 id="group-part-title" className="group-part-title">
            {partHeading(part, t)}
          </h2>
          <div className="group-clock-face" role="timer" aria-label={t('clock.label')}>
            <p className={reading.isOverTime ? 'group-time is-over' : 'group-time'}>
              <span className="group-time-label">{reading.isOverTime ? t('clock.over') : t('clock.left')}</span>
              <span className="group-time-value" data-testid="part-time">
                {reading.isOverTime ? `+${clockFace(reading.secondsLeft)}` : clockFace(reading.secondsLeft)}
              </span>
            </p>
            <p className="group-time group-time-session">
              <span className="group-time-label">{t('clock.elapsed')}</span>
              <span className="group-time-value" data-testid="session-time">
                {clockFace(reading.sessionSeconds)}
              </span>
            </p>
          </div>
          {reading.isOverTime && (
            <p className="notice" role="status">
              {t('clock.timeUp')}
            </p>
          )}
          {hasStarted(clock) && !isRunning(clock) && <p className="group-muted">{t('clock.paused')}</p>}
          <div className="button-row group-controls">
            {isRunning(clock) ? (
              <button type="button" className="button button-secondary" onClick={pause}>
                {t('clock.pause')}
              </button>
            ) : (
              <button type="button" className="button" onClick={start}>
                {hasStarted(clock) ? t('clock.resume') : t('clock.start')}
              </button>
            )}
            <button type="button" className={isRunning(clock) ? 'button' : 'button button-secondary'} onClick={next}>
              {isLast ? t('clock.finish') : t('clock.next')}
            </button>
            <button type="button" className="button button-secondary" onClick={openOverwhelmed}>
              {t('clock.toOverwhelmed')}
            </button>
          </div>
          <PartContent part={part} locale={locale} />
        </section>
      )}

      {showsFeedback && (
        <section className="group-end" aria-labelledby="group-end-title">
          <h2 id="group-end-title">{t('end.title')}</h2>
          <p>{t('end.body')}</p>
          <p>
            <Link to={newRoundPath(guideTopic('group', guide))} className="button">
              {t('end.feedback')}
            </Link>
          </p>
          {clock.isFinished && (
            <>
              <PartContent part={plan[plan.length - 1] ?? part} locale={locale} />
              <button type="button" className="button button-secondary" onClick={restart}>
                {t('end.again')}
              </button>
            </>
          )}
        </section>
      )}

      <details ref={overwhelmed} className="group-overwhelmed">
        <summary>{t('overwhelmed.heading')}</summary>
        <ol>
          {(['pause', 'ask', 'ground', 'group', 'after'] as const).map((key) => (
            <li key={key}>{t(`overwhelmed.steps.${key}`)}</li>
          ))}
        </ol>
        <p className="group-at-risk">{t('overwhelmed.atRisk')}</p>
        <div className="button-row">
          <Link to={crisisPath} className="button button-urgent">
            {t('overwhelmed.crisis')}
          </Link>
          <Link to={directoryPath} className="button button-secondary">
            {t('overwhelmed.numbers')}
          </Link>
        </div>
      </details>
    </>
  );
}
