import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Asked before a running script is left. Keeping going is the big button where the thumb already
 * is, so a second stray tap does no harm either; Escape keeps going too.
 */
export function StopConfirmation({ onKeepGoing, onStop }: { onKeepGoing: () => void; onStop: () => void }) {
  const { t } = useTranslation('crisis');
  const keepGoing = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    keepGoing.current?.focus();
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onKeepGoing();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onKeepGoing]);
  return (
    <div className="crisis-stop-confirm" role="group" aria-labelledby="crisis-stop-question">
      <p id="crisis-stop-question" className="crisis-stop-question">
        {t('stopConfirm.question')}
      </p>
      <button type="button" ref={keepGoing} className="button crisis-main" onClick={onKeepGoing}>
        {t('stopConfirm.keepGoing')}
      </button>
      <button type="button" className="button button-secondary" onClick={onStop}>
        {t('stopConfirm.stop')}
      </button>
    </div>
  );
}
