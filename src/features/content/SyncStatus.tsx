import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmPendingDownload, declinePendingDownload, getSyncState, problemGroupOf, subscribeToSync } from '../../packs';
import { formatKilobytes } from '../../i18n/format';
import { isLanguage } from '../../i18n/languages';
import { Link } from '../../ui/router';

export function useSyncState() {
  return useSyncExternalStore(subscribeToSync, getSyncState, getSyncState);
}

/**
 * What the sync is doing, in words: what will be downloaded and how much, progress in bytes, and
 * what failed. Used by the shell (compact) and the Content screen (with "up to date").
 */
export function SyncStatus({ isCompact = false }: { isCompact?: boolean }) {
  const { t, i18n } = useTranslation('content');
  const state = useSyncState();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'es';
  const size = (bytes: number) => formatKilobytes(bytes, language);

  switch (state.phase) {
    case 'checking':
      return isCompact ? null : <p role="status">{t('status.checking')}</p>;
    case 'downloading':
      return (
        <div role="status" className="sync-status">
          <p>{t('status.downloading', { count: state.packCount, size: size(state.totalBytes) })}</p>
          <progress max={state.totalBytes} value={state.receivedBytes} aria-label={t('status.progressLabel')} />
          <p className="hint">{t('status.progress', { received: size(state.receivedBytes), total: size(state.totalBytes) })}</p>
        </div>
      );
    case 'awaiting-confirmation':
      return (
        <div role="status" className="sync-status">
          <p>{t('status.askFirst', { count: state.packCount, size: size(state.totalBytes) })}</p>
          <div className="toast-actions">
            <button type="button" className="button" onClick={() => void confirmPendingDownload()}>
              {t('status.download')}
            </button>
            <button type="button" className="button button-secondary" onClick={declinePendingDownload}>
              {t('status.notNow')}
            </button>
          </div>
        </div>
      );
    case 'failed': {
      const groups = [...new Set(state.problems.map((found) => problemGroupOf(found.code)))];
      return (
        <div role="alert" className="sync-status sync-failed">
          <p className="sync-failed-title">{t('status.failedTitle')}</p>
          <ul>
            {groups.map((group) => (
              <li key={group}>{t(`problems.${group}`)}</li>
            ))}
          </ul>
          <p>{t('status.nothingLost')}</p>
          {isCompact && (
            <p>
              <Link to="/content">{t('status.details')}</Link>
            </p>
          )}
        </div>
      );
    }
    case 'done':
      if (isCompact) return null;
      return <p role="status">{state.installedCount > 0 ? t('status.updated', { count: state.installedCount }) : t('status.upToDate')}</p>;
    default:
      return null;
  }
}
