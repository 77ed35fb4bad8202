import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { TextField } from '../../ui/TextField';
import { useLanguage } from '../../ui/useLanguage';
import { useVaultState } from '../../ui/useVaultState';
import {
  closeFollowUp,
  dueFollowUps,
  failureOf,
  loadFollowUps,
  moveFollowUp,
  type AftercareFailure,
  type StoredFollowUp,
} from './followUps';
import { dateOfLocalDay, localDayOf } from './localDay';
import { closeReminders, startReminderWatch } from './reminders';
import './aftercare.css';

// Home loads this once per page: from then on the reminder, when she turned it on, is checked
// every minute and whenever the page shows again, on any screen (it does nothing while locked).
startReminderWatch();

/**
 * Home's list of next contacts due today or overdue. Only while the vault is open: when it locks,
 * the list unmounts and what it decrypted goes with it. While locked, nothing at all shows, not
 * even that there is something.
 */
export function DueFollowUps() {
  const vault = useVaultState();
  return vault.status === 'unlocked' ? <DueList /> : null;
}

type Outcome = { kind: 'done' | 'dropped' } | { kind: 'moved'; due: string };

function DueList() {
  const { t } = useTranslation('aftercare');
  const language = useLanguage();
  const [followUps, setFollowUps] = useState<StoredFollowUp[]>();
  const [unreadable, setUnreadable] = useState(0);
  const [outcome, setOutcome] = useState<Outcome>();
  const [failure, setFailure] = useState<AftercareFailure>();
  const [today, setToday] = useState(() => localDayOf(new Date()));

  useEffect(() => {
    let isCurrent = true;
    // She is looking at the list now: the reminder that sent her here has done its job.
    void closeReminders().catch(() => undefined);
    loadFollowUps().then(
      (loaded) => {
        if (!isCurrent) return;
        setFollowUps(loaded.followUps);
        setUnreadable(loaded.unreadable);
      },
      (error: unknown) => isCurrent && setFailure(failureOf(error)),
    );
    // Past midnight, tomorrow's become today's: look again each minute (a cheap comparison).
    const timer = setInterval(() => setToday(localDayOf(new Date())), 60_000);
    return () => {
      isCurrent = false;
      clearInterval(timer);
    };
  }, []);

  const now = dateOfLocalDay(today);
  const due = followUps ? dueFollowUps(followUps, now) : [];
  const dayText = (day: string) => formatDate(dateOfLocalDay(day), language, { day: 'numeric', month: 'long' });

  async function act(action: () => Promise<void>, next: (list: StoredFollowUp[]) => StoredFollowUp[], done: Outcome) {
    setFailure(undefined);
    try {
      await action();
      setFollowUps((list) => next(list ?? []));
      setOutcome(done);
    } catch (error) {
      setFailure(failureOf(error));
    }
  }

  const close = (followUp: StoredFollowUp, kind: 'done' | 'dropped') =>
    act(
      () => closeFollowUp(followUp.id),
      (list) => list.filter((item) => item.id !== followUp.id),
      { kind },
    );

  const move = (followUp: StoredFollowUp, newDue: string, time: string) =>
    act(
      () => moveFollowUp(followUp, newDue, time),
      (list) => list.map((item) => (item.id === followUp.id ? { ...item, due: newDue, ...(time ? { time } : { time: undefined }) } : item)),
      { kind: 'moved', due: newDue },
    );

  const status =
    outcome?.kind === 'done'
      ? t('due.markedDone')
      : outcome?.kind === 'dropped'
        ? t('due.dropped')
        : outcome?.kind === 'moved'
          ? t('due.moved', { date: dayText(outcome.due) })
          : '';

  // Nothing due, nothing said: Home stays as it was.
  if (due.length === 0 && !status && !failure && unreadable === 0) return null;

  return (
    <section className="aftercare-due" aria-labelledby="aftercare-due-heading">
      <h2 id="aftercare-due-heading">{t('due.heading')}</h2>
      {due.length > 0 && (
        <ul className="aftercare-due-list">
          {due.map((followUp) => (
            <DueItem
              key={followUp.id}
              followUp={followUp}
              today={today}
              dayText={dayText}
              onDone={() => void close(followUp, 'done')}
              onDrop={() => void close(followUp, 'dropped')}
              onMove={(newDue, time) => void move(followUp, newDue, time)}
            />
          ))}
        </ul>
      )}
      <p role="status" className="aftercare-due-status">
        {status}
      </p>
      {unreadable > 0 && <p className="hint">{t('due.unreadable', { count: unreadable })}</p>}
      {failure && (
        <p className="field-error" role="alert">
          {t(`errors.${failure}`)}
        </p>
      )}
    </section>
  );
}

type DueItemProps = {
  followUp: StoredFollowUp;
  today: string;
  dayText: (day: string) => string;
  onDone: () => void;
  onDrop: () => void;
  onMove: (due: string, time: string) => void;
};

function DueItem({ followUp, today, dayText, onDone, onDrop, onMove }: DueItemProps) {
  const { t } = useTranslation('aftercare');
  const id = useId();
  const [isMoving, setIsMoving] = useState(false);
  const [newDue, setNewDue] = useState(today);
  const [newTime, setNewTime] = useState('');
  const when =
    followUp.due < today
      ? t('due.since', { date: dayText(followUp.due) })
      : followUp.time
        ? t('due.todayAt', { time: followUp.time })
        : t('due.today');
  return (
    <li className="aftercare-due-item">
      {/* The item's words describe each of its buttons, so "Done" is read as "Done, Call Ana, today". */}
      <p id={id}>
        <strong>{t(`due.item.${followUp.how}`, { who: followUp.who })}</strong>
        <span className="aftercare-due-when">{when}</span>
      </p>
      {isMoving ? (
        <form
          className="aftercare-move"
          onSubmit={(event) => {
            event.preventDefault();
            if (!newDue) return;
            setIsMoving(false);
            onMove(newDue, newTime);
          }}
        >
          <TextField type="date" label={t('due.newDate')} value={newDue} min={today} required onValueChange={setNewDue} />
          <TextField type="time" label={t('due.newTime')} value={newTime} onValueChange={setNewTime} />
          <div className="button-row">
            <button type="submit" className="button" aria-describedby={id}>
              {t('due.saveMove')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setIsMoving(false)}>
              {t('due.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="button-row">
          <button type="button" className="button" aria-describedby={id} onClick={onDone}>
            {t('due.done')}
          </button>
          <button type="button" className="button button-secondary" aria-describedby={id} onClick={() => setIsMoving(true)}>
            {t('due.move')}
          </button>
          <button type="button" className="button button-secondary" aria-describedby={id} onClick={onDrop}>
            {t('due.drop')}
          </button>
        </div>
      )}
    </li>
  );
}
