import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../ui/useStore';
import { applyUpdate, dismissOfflineNotice, postponeUpdate, registerServiceWorker, serviceWorkerStore } from './serviceWorker';

/**
 * Tells the person when a new version is waiting and applies it only when they say so,
 * so the app never reloads under someone who is typing or in the middle of a script.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const { isUpdateWaiting, isUpdateActive } = useStore(serviceWorkerStore);
  useEffect(registerServiceWorker, []);

  if (isUpdateWaiting) {
    return (
      <div className="toast" role="region" aria-labelledby="update-title">
        <h2 id="update-title" className="toast-title">
          {t('pwa.updateAvailable')}
        </h2>
        <p>{t(isUpdateActive ? 'pwa.updateSaveFirst' : 'pwa.updateBody')}</p>
        <div className="toast-actions">
          <button type="button" className="button" onClick={applyUpdate}>
            {t('pwa.updateNow')}
          </button>
          <button type="button" className="button button-secondary" onClick={postponeUpdate}>
            {t('pwa.later')}
          </button>
        </div>
      </div>
    );
  }

  return null;
}

/**
 * "Ready to work offline": news, not a question. It sits in the page's flow after the screen, never
 * over it, so it cannot hide the home cards (or anything else) while it waits to be dismissed.
 */
export function OfflineReadyNotice() {
  const { t } = useTranslation();
  const { isOfflineNoticeVisible } = useStore(serviceWorkerStore);
  if (!isOfflineNoticeVisible) return null;
  return (
    <div className="page-notice" role="status">
      <p className="toast-title">{t('pwa.offlineReady')}</p>
      <p>{t('pwa.offlineReadyBody')}</p>
      <div className="toast-actions">
        <button type="button" className="button button-secondary" onClick={dismissOfflineNotice}>
          {t('pwa.dismiss')}
        </button>
      </div>
    </div>
  );
}
