import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../ui/useStore';
import { useIsDisguised } from '../safety';
import { notificationAnswer, reminderSettingsStore, setRemindersOn } from './reminderSettings';
import { startReminderWatch } from './reminders';
import './aftercare.css';

type Problem = 'denied' | 'unsupported' | 'storageFailed';

/**
 * Settings' reminder switch. Off until she turns it on; only then does the browser ask about
 * notifications. A refusal is explained, with where to change it, and the switch stays off.
 */
export function ReminderSettings() {
  const { t } = useTranslation('aftercare');
  const { isOn } = useStore(reminderSettingsStore);
  // The browser adds the site's address or the installed app's name to every notification; the
  // disguise cannot change either, so with it on she is told next to the switch and on turning it on.
  const isDisguised = useIsDisguised();
  const [problem, setProblem] = useState<Problem>();
  const [isAsking, setIsAsking] = useState(false);

  function save(next: boolean): void {
    try {
      setRemindersOn(next);
    } catch {
      setProblem('storageFailed');
    }
  }

  async function turnOn(): Promise<void> {
    setProblem(undefined);
    let answer = notificationAnswer();
    if (answer === 'unsupported') return setProblem('unsupported');
    if (answer === 'default') {
      setIsAsking(true);
      try {
        answer = await Notification.requestPermission();
      } finally {
        setIsAsking(false);
      }
    }
    // "default" again means she closed the question without answering: no reminder either way.
    if (answer !== 'granted') return setProblem('denied');
    save(true);
    // Home starts the checks when it loads; turned on here first, they start now (once per page).
    startReminderWatch();
  }

  return (
    <section aria-labelledby="reminder-settings-title" className="settings-section">
      <h2 id="reminder-settings-title">{t('settings.heading')}</h2>
      <p id="reminder-settings-hint">{t('settings.hint')}</p>
      <label className="choice">
        <input
          type="checkbox"
          checked={isOn}
          disabled={isAsking}
          aria-describedby={isDisguised ? 'reminder-settings-hint reminder-settings-disguised' : 'reminder-settings-hint'}
          onChange={(event) => {
            if (event.target.checked) void turnOn();
            else {
              setProblem(undefined);
              save(false);
            }
          }}
        />
        <span>{t('settings.toggle')}</span>
      </label>
      {isDisguised && (
        <p id="reminder-settings-disguised" className="notice">
          {t('settings.disguised')}
        </p>
      )}
      <div role="status">
        {isOn && (
          <p>
            {t('settings.on')}
            {isDisguised && ` ${t('settings.disguised')}`}
          </p>
        )}
      </div>
      {problem && (
        <p role="alert" className="field-error">
          {t(`settings.${problem}`)}
        </p>
      )}
    </section>
  );
}
