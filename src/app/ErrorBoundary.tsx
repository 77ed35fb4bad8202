import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../ui/router';

type State = { hasFailed: boolean };

/**
 * Catches a crashed screen and offers the way home. It never shows the error itself:
 * a stack trace helps no one in a crisis and could reveal what was on screen.
 * The shell keys it by path, so any navigation gives the next screen a fresh start.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { hasFailed: false };

  static getDerivedStateFromError(): State {
    return { hasFailed: true };
  }

  override render() {
    return this.state.hasFailed ? <ScreenFailed /> : this.props.children;
  }
}

function ScreenFailed() {
  const { t } = useTranslation();
  return (
    <div className="screen" role="alert">
      <h1 className="screen-heading">{t('errors.title')}</h1>
      <p>{t('errors.body')}</p>
      {/* A screen that fails may be the crisis screen, with the numbers it would have shown. */}
      <p>{t('errors.danger')}</p>
      <p>
        <button type="button" className="button" onClick={() => navigate('/')}>
          {t('errors.goHome')}
        </button>
      </p>
    </div>
  );
}
