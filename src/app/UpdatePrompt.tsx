import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { getPreferences, updatePreferences } from '../prefs/preferences';

const updateCheckIntervalMs = 60 * 60 * 1000;

/**
 * Tells the person when a new version is waiting and applies it only when they say so,
 * so the app never reloads under someone who is typing or in the middle of a script.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [isOfflineNoticeVisible, setIsOfflineNoticeVisible] = useState(false);
  const {
    needRefresh: [isUpdateWaiting, setIsUpdateWaiting],
    updateServiceWorker,
  } = useRegisterSW({
    onOfflineReady() {
      // Shown once per device: the first time the app can be used without a connection.
      if (getPreferences().hasSeenOfflineReady) return;
      updatePreferences({ hasSeenOfflineReady: true });
      setIsOfflineNoticeVisible(true);
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // Periodic checks only when a connection exists; offline they would just fail.
      setInterval(() => {
        if (navigator.onLine) void registration.update();
      }, updateCheckIntervalMs);
    },
  });


  if (isUpdateWaiting) {
    return (
      <div className="toast" role="region" aria-labelledby="update-title">
        <h2 id="update-title" className="toast-title">
          {t('pwa.updateAvailable')}
        </h2>
        <p>{t('pwa.updateBody')}</p>
        <div className="toast-actions">
          <button type="button" className="button" onClick={() => void updateServiceWorker(true)}>
            {t('pwa.updateNow')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setIsUpdateWaiting(false)}>
            {t('pwa.later')}
          </button>
        </div>
      </div>
    );
  }

  if (isOfflineNoticeVisible) {
    return (
      <div className="toast" role="status">
        <p className="toast-title">{t('pwa.offlineReady')}</p>
        <p>{t('pwa.offlineReadyBody')}</p>
        <div className="toast-actions">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setIsOfflineNoticeVisible(false)}
          >
            {t('pwa.dismiss')}
          </button>
        </div>
      </div>
    );
  }
  return null;
}
