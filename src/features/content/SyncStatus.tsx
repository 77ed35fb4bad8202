import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { db, type SourceRecord, type SyncProblemRecord } from '../../db';
import { useLiveQuery } from '../../ui/useLiveQuery';
import { formatKilobytes, formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import {
  checkForContentUpdates,
  confirmPendingDownload,
  declinePendingDownload,
  problemGroupOf,
  sourceAddress,
  syncStateStore,
  type SyncProblem,
  type SyncState,
} from '../../sync';
import { Link } from '../../ui/router';
import { useLanguage } from '../../ui/useLanguage';
import { useStore } from '../../ui/useStore';

export function useSyncState(): SyncState {
  return useStore(syncStateStore);
}

const isBusy = (state: SyncState) => state.phase === 'checking' || state.phase === 'downloading';

/** Whether a sync is checking or downloading; unlike useSyncState, progress within a download does not re-render. */
export function useIsSyncBusy(): boolean {
  return useStore(syncStateStore, isBusy);
}

function subscribeToConnection(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** Whether the browser says it has a connection, live. */
export function useIsOnline(): boolean {
  return useSyncExternalStore(subscribeToConnection, () => navigator.onLine);
}

/** Sizes as people see them on a data plan: kB below a megabyte, then MB and GB. */
export function formatSize(bytes: number, language: Language): string {
  if (bytes < 1024 * 1024) return formatKilobytes(bytes, language);
  const [value, unit] = bytes < 1024 ** 3 ? [bytes / 1024 ** 2, 'megabyte'] : [bytes / 1024 ** 3, 'gigabyte'];
  return formatNumber(value, language, { style: 'unit', unit, maximumFractionDigits: 1 });
}

/** One failure in plain words: the group's sentence, with the sizes it needs. */
export function useProblemText(): (problem: SyncProblem | SyncProblemRecord) => string {
  const { t } = useTranslation('content');
  const language = useLanguage();
  return (problem) => {
    const group = problemGroupOf(problem.code as SyncProblem['code']);
    return t(`problems.${group}`, {
      needed: formatSize(problem.neededBytes ?? 0, language),
      available: formatSize(problem.availableBytes ?? 0, language),
      limit: formatSize(problem.availableBytes ?? 0, language),
    });
  };
}

/** The name a person knows a source by. */
export function useSourceName(): (source: SourceRecord | undefined) => string {
  const { t } = useTranslation('content');
  return (source) => (source === undefined ? '' : source.isBuiltIn ? t('sources.builtIn') : sourceAddress(source));
}

/**
 * What the sync is doing, in words: what will be downloaded and how much, progress in bytes, and
 * which source failed and why. Used by the shell (compact) and the Content screen (with "up to date").
 */
export function SyncStatus({ isCompact = false }: { isCompact?: boolean }) {
  const { t } = useTranslation('content');
  const state = useSyncState();
  const language = useLanguage();
  const size = (bytes: number) => formatSize(bytes, language);
  const sources = useLiveQuery(() => db.sources.toArray(), []);
  const problemText = useProblemText();
  const sourceName = useSourceName();

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
      const lines = state.failures.flatMap(({ sourceId, problems }) => {
        const source = sourceName(sources?.find((candidate) => candidate.id === sourceId));
        const causes = [...new Set(problems.map(problemText))];
        return causes.map((cause) => (source ? t('status.sourceProblem', { source, cause }) : cause));
      });
      return (
        <div role="alert" className="sync-status sync-failed">
          <p className="sync-failed-title">{t('status.failedTitle')}</p>
          <ul>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p>{t('status.nothingLost')}</p>
          {state.installedCount > 0 && <p>{t('status.othersInstalled', { count: state.installedCount })}</p>}
          {isCompact ? (
            <p>
              <Link to="/content">{t('status.details')}</Link>
            </p>
          ) : (
            <p>
              <button type="button" className="button button-secondary" onClick={() => void checkForContentUpdates()}>
                {t('status.retry')}
              </button>
            </p>
          )}
        </div>
      );
    }
    case 'done':
      if (isCompact) return null;
      return (
        <>
          <p role="status">{state.installedCount > 0 ? t('status.updated', { count: state.installedCount }) : t('status.upToDate')}</p>
          {state.waitingForConnection.length > 0 && <p>{t('status.waitingForConnection', { count: state.waitingForConnection.length })}</p>}
        </>
      );
    default:
      return null;
  }
}
