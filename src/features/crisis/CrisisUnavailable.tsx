import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { installedPacksOfKind, sharedLiveQuery, syncStatusRecords, type SharedLiveQuery } from '../../db/queries';
import type { SyncStatusRecord } from '../../db';
import type { Language } from '../../i18n/languages';
import { problemGroupOf } from '../../sync/problemGroups';
import type { DirectoryPack } from '../../content/schema';
import type { SyncProblemCode } from '../../sync/sync';
import { Link } from '../../ui/router';
import { emergencyNumberFor } from '../directory';

/*
 * What the crisis screen shows when no guide is on the phone (loaded only then: its own chunk).
 * Two promises, whatever the browser lacks:
 * - the message says the true cause, from the last sync of the built-in content, and what helps
 *   (going online helps only when the cause was the connection);
 * - the "someone is in danger" action still works: it calls the country's emergency number from a
 *   directory already on the phone, or says to call the local emergency number when none is.
 */

const statusQuery = (): SharedLiveQuery<SyncStatusRecord[]> => sharedLiveQuery('crisis:sync-status', syncStatusRecords);
// The same key and query as the crisis screen's own read of the directories: one read, shared.
const directoriesQuery = (): SharedLiveQuery<DirectoryPack[]> =>
  sharedLiveQuery('crisis:directory', () => installedPacksOfKind('directory'));

function useLatest<T>(query: SharedLiveQuery<T>): T | undefined {
  return useSyncExternalStore(query.subscribe, query.latest);
}

type Cause = 'installing' | 'browser' | 'storage-full' | 'connection' | 'expired' | 'other' | 'noLanguage';

function causeOf(statuses: readonly SyncStatusRecord[] | undefined): Cause {
  const builtIn = statuses?.find((status) => status.sourceId === 'builtin');
  if (!builtIn || builtIn.state === 'never-checked') return 'installing';
  if (builtIn.state !== 'failed') return 'noLanguage';
  const groups = builtIn.problems.map((found) => problemGroupOf(found.code as SyncProblemCode));
  for (const cause of ['browser', 'storage-full', 'connection', 'expired'] as const) if (groups.includes(cause)) return cause;
  return 'other';
}

export default function CrisisUnavailable({ country, language }: { country: string | undefined; language: Language }) {
  const { t } = useTranslation('crisis');
  const cause = causeOf(useLatest(statusQuery()));
  const directories = useLatest(directoriesQuery()) ?? [];
  const emergency = country === undefined ? undefined : emergencyNumberFor(directories, country, language);
  return (
    <>
      {emergency ? (
        <a className="button button-urgent crisis-danger" href={emergency.call.href}>
          {emergency.call.label
            ? t('picker.unavailable.dangerWithLabel', { number: emergency.call.shown, label: emergency.call.label })
            : t('picker.unavailable.danger', { number: emergency.call.shown })}
        </a>
      ) : (
        <p className="notice">{t('picker.unavailable.noNumber')}</p>
      )}
      <p className="notice" role="status">
        {t(`picker.unavailable.${cause}`)}
      </p>
      {cause !== 'installing' && (
        <p>
          <Link to="/content">{t('picker.unavailable.details')}</Link>
        </p>
      )}
    </>
  );
}
