import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../ui/useLanguage';
import { applyDisguise } from './disguise';
import { useIsDisguised } from './neutralGate';
import { neutralPath, performQuickExit } from './quickExit';
import { closeDisguise, hasQuickExited, noteVisibility } from './session';
import { createShiftSequenceDetector } from './shiftSequence';
import './quickExit.css';

/**
 * The quick-exit button, first in focus order and pinned to the top of every screen, plus the
 * keyboard shortcut (Shift three times within five seconds). Small on purpose: it is on the first load.
 */
export function QuickExit() {
  const { t } = useTranslation();
  const language = useLanguage();
  const isDisguised = useIsDisguised();

  useEffect(() => {
    const detector = createShiftSequenceDetector();
    const onKeyDown = (event: KeyboardEvent) => detector.keyDown(event);
    const onKeyUp = (event: KeyboardEvent) => {
      if (detector.keyUp(event)) performQuickExit();
    };
    // A page restored from the back/forward cache after a quick exit must not show what it held.
    // With the disguise on, such a page also asks for the code again.
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      if (hasQuickExited()) window.location.replace(neutralPath);
      else closeDisguise();
    };
    // Blank the page while it is hidden, so the task switcher's snapshot is more likely to show nothing.
    // Back after a while away, the disguise asks for its code again (session.ts).
    const onVisibilityChange = () => {
      const isHidden = document.visibilityState === 'hidden';
      document.documentElement.classList.toggle('is-page-hidden', isHidden);
      noteVisibility(isHidden);
    };
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('keyup', onKeyUp, true);
    window.addEventListener('blur', detector.reset);
    window.addEventListener('pageshow', onPageShow);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('keyup', onKeyUp, true);
      window.removeEventListener('blur', detector.reset);
      window.removeEventListener('pageshow', onPageShow);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, []);

  useEffect(() => {
    applyDisguise(isDisguised, language, t('shell.neutralName'));
    document.title = isDisguised ? t('shell.neutralName') : t('appName');
  }, [isDisguised, language, t]);

  return (
    <div className="quick-exit">
      <button
        type="button"
        className="quick-exit-button"
        onClick={(event) => {
          // Tells public/boot.js's stand-in, still listening while the screen is being taken over, that this exit is done.
          event.preventDefault();
          performQuickExit();
        }}
      >
        {t('shell.quickExit')}
      </button>
    </div>
  );
}
