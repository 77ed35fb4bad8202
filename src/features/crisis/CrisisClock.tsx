import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const linkCueMinutes = 20;

/**
 * Time since the script started, shown quietly. After twenty minutes with no Link step, a calm
 * cue: Avahan's peers linked people to help within twenty minutes, and that is the aim here too.
 */
export function CrisisClock({ startedAt, hasReachedLink }: { startedAt: number; hasReachedLink: boolean }) {
  const { t } = useTranslation('crisis');
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);
  const minutes = Math.max(0, Math.floor((now - startedAt) / 60_000));
  return (
    <>
      <p className="crisis-clock">{minutes < 1 ? t('clock.justStarted') : t('clock.minutes', { count: minutes })}</p>
      {minutes >= linkCueMinutes && !hasReachedLink && (
        <p className="notice crisis-cue" role="status">
          {t('clock.linkCue', { minutes })}
        </p>
      )}
    </>
  );
}
