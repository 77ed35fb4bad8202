import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db, installedPackInfos, type InstalledPackInfo, type SourceRecord } from '../../db';
import { useLiveQuery } from '../../ui/useLiveQuery';
import { formatDate, formatKilobytes } from '../../i18n/format';
import { isLanguage, languageEndonyms, type Language } from '../../i18n/languages';
import { addSource, builtInSourceId, checkForContentUpdates, draftSource, removeSource, type SourceInputProblem } from '../../sync';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { TextField } from '../../ui/TextField';
import { useLanguage } from '../../ui/useLanguage';
import { formatSize, SyncStatus, useIsOnline, useIsSyncBusy, useProblemText, useSourceName } from './SyncStatus';

/*
 * The sync's state is read only by the parts that show it (the button and SyncStatus): read here, at
 * the top, every phase change and progress report re-rendered the whole screen, 150-odd installed
 * packs included, a main-thread task of a few hundred milliseconds at 4x CPU for each (tests/bench/packs).
 */
export function ContentScreen() {
  const { t } = useTranslation('content');
  // The form first: a person who came here to add their organisation's source should not have
  // to scroll past every installed pack to find it.
  return (
    <div className="screen">
      <ScreenHeading>{t('title')}</ScreenHeading>
      <p>{t('intro')}</p>
      <AddSourceForm />
      <p>
        <CheckNowButton />
      </p>
      <SyncStatus />
      <StorageBudget />
      <SourceList />
      <PackList />
    </div>
  );
}

function CheckNowButton() {
  const { t } = useTranslation('content');
  const isBusy = useIsSyncBusy();
  return (
    <button type="button" className="button" disabled={isBusy} onClick={() => void checkForContentUpdates()}>
      {t('checkNow')}
    </button>
  );
}

/** How much the packs take (in every language), and how much room the browser still gives this app. */
function StorageBudget() {
  const { t } = useTranslation('content');
  const language = useLanguage();
  const usedBytes = useLiveQuery(async () => (await installedPackInfos()).reduce((sum, pack) => sum + pack.length, 0), []);
  const [freeBytes, setFreeBytes] = useState<number | undefined>();
  useEffect(() => {
    let isCurrent = true;
    if (!('storage' in navigator)) return;
    void navigator.storage
      .estimate()
      .then(({ quota, usage }) => {
        if (isCurrent && quota !== undefined && usage !== undefined) setFreeBytes(Math.max(0, quota - usage));
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [usedBytes]);
  if (usedBytes === undefined) return null;
  return (
    <section aria-labelledby="storage-title" className="settings-section">
      <h2 id="storage-title">{t('storage.title')}</h2>
      <p>{t('storage.used', { size: formatSize(usedBytes, language) })}</p>
      {freeBytes !== undefined && <p>{t('storage.free', { size: formatSize(freeBytes, language) })}</p>}
    </section>
  );
}

function PackList() {
  const { t } = useTranslation('content');
  const language = useLanguage();
  // Facts only, never the packs themselves: a directory can be megabytes (installedPackInfos).
  const packs = useLiveQuery(async () => (await installedPackInfos()).sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)), []);
  const sources = useLiveQuery(() => db.sources.toArray(), []);
  // Expiry is worked out in the query, not while rendering, so renders stay pure.
  const expiredSince = useLiveQuery(
    async () =>
      new Map(
        (await db.manifests.toArray())
          // The built-in release is as fresh as the app itself: its expiry date means nothing (sync.ts).
          .filter((manifest) => manifest.sourceId !== builtInSourceId && Date.parse(manifest.expires) <= Date.now())
          .map((manifest) => [manifest.sourceId, manifest.expires]),
      ),
    [],
  );
  const nameOf = useSourceName();
  if (!packs || !sources || !expiredSince) return null;
  // Named once per source, not once per pack: 150-odd translations on every render added up.
  const sourceNames = new Map(sources.map((source) => [source.id, nameOf(source)]));
  const sourceName = (sourceId: string) => sourceNames.get(sourceId) || sourceId;
  return (
    <section aria-labelledby="packs-title" className="settings-section">
      <h2 id="packs-title">{t('packs.title')}</h2>
      {packs.length === 0 ? (
        <p>{t('packs.empty')}</p>
      ) : (
        <ul className="pack-list">
          {packs.map((pack) => {
            const expires = expiredSince.get(pack.sourceId);
            return (
              <PackItem
                key={`${pack.sourceId}/${pack.id}`}
                title={pack.title}
                kind={pack.kind}
                locale={pack.locale}
                version={pack.version}
                installedAt={pack.installedAt}
                length={pack.length}
                sourceName={sourceName(pack.sourceId)}
                {...(expires === undefined ? {} : { expiredSince: expires })}
                language={language}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}

type PackItemProps = Pick<InstalledPackInfo, 'title' | 'kind' | 'locale' | 'version' | 'installedAt' | 'length'> & {
  sourceName: string;
  /** When the source's manifest expired, if it has. */
  expiredSince?: string;
  language: Language;
};

/**
 * One installed pack, from plain values only so that memo can tell it is unchanged: the query
 * gives new objects each time the sync writes, and an install that adds one pack then renders
 * that one, not the 150-odd already listed.
 */
const PackItem = memo(function PackItem({
  title,
  kind,
  locale,
  version,
  installedAt,
  length,
  sourceName,
  expiredSince,
  language,
}: PackItemProps) {
  const { t } = useTranslation('content');
  return (
    <li className="pack-item">
      <p className="pack-title">
        {title} <span className="hint">· {t(`kinds.${kind}`)}</span>
      </p>
      <dl className="pack-facts">
        <dt>{t('packs.language')}</dt>
        <dd>{isLanguage(locale) ? languageEndonyms[locale] : t('packs.allLanguages')}</dd>
        <dt>{t('packs.version')}</dt>
        <dd>{version}</dd>
        <dt>{t('packs.date')}</dt>
        <dd>{formatDate(new Date(installedAt), language, { dateStyle: 'medium' })}</dd>
        <dt>{t('packs.size')}</dt>
        <dd>{formatKilobytes(length, language)}</dd>
        <dt>{t('packs.source')}</dt>
        <dd>{sourceName}</dd>
        <dt>{t('packs.status')}</dt>
        <dd>
          {expiredSince === undefined ? t('packs.inUse') : t('status.outOfDate', { date: formatDate(new Date(expiredSince), language) })}
        </dd>
      </dl>
    </li>
  );
});

function SourceList() {
  const { t } = useTranslation('content');
  const language = useLanguage();
  const sources = useLiveQuery(() => db.sources.toArray(), []);
  const statuses = useLiveQuery(() => db.syncStatus.toArray(), []);
  // Expiry is worked out in the query, not while rendering, so renders stay pure.
  const manifests = useLiveQuery(
    async () =>
      (await db.manifests.toArray()).map((manifest) => ({
        ...manifest,
        hasExpired: manifest.sourceId !== builtInSourceId && Date.parse(manifest.expires) <= Date.now(),
      })),
    [],
  );
  const isOnline = useIsOnline();
  const problemText = useProblemText();
  const sourceName = useSourceName();
  if (!sources || !statuses || !manifests) return null;
  return (
    <section aria-labelledby="sources-title" className="settings-section">
      <h2 id="sources-title">{t('sources.title')}</h2>
      <ul className="pack-list">
        {sources.map((source) => {
          const status = statuses.find((candidate) => candidate.sourceId === source.id);
          const manifest = manifests.find((candidate) => candidate.sourceId === source.id);
          return (
            <li key={source.id} className="pack-item">
              <p className="pack-title">{sourceName(source)}</p>
              <dl className="pack-facts">
                <dt>{t('sources.fingerprint')}</dt>
                <dd className="fingerprint">{source.fingerprint}</dd>
                <dt>{t('sources.lastCheck')}</dt>
                <dd>
                  {status?.lastCheckedAt ? formatDate(dayOf(status.lastCheckedAt), language, { dateStyle: 'medium' }) : t('sources.never')}
                </dd>
              </dl>
              {!source.isBuiltIn && !isOnline && <p className="notice">{t('sources.waiting')}</p>}
              {status?.state === 'failed' && (
                <ul className="notice">
                  {[...new Set(status.problems.map(problemText))].map((cause) => (
                    <li key={cause}>{cause}</li>
                  ))}
                </ul>
              )}
              {manifest?.hasExpired === true && (
                <p className="notice">{t('status.outOfDate', { date: formatDate(new Date(manifest.expires), language) })}</p>
              )}
              {!source.isBuiltIn && <RemoveSourceButton source={source} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** A stored day (YYYY-MM-DD, the person's own calendar) as a local date; older rows hold a full time. */
function dayOf(text: string): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(text);
}

function RemoveSourceButton({ source }: { source: SourceRecord }) {
  const { t } = useTranslation('content');
  const [isConfirming, setIsConfirming] = useState(false);
  if (!isConfirming) {
    return (
      <button type="button" className="button button-secondary" onClick={() => setIsConfirming(true)}>
        {t('sources.remove')}
      </button>
    );
  }
  return (
    <div role="group" aria-label={t('sources.removeConfirm')}>
      <p>{t('sources.removeConfirm')}</p>
      <div className="toast-actions">
        <button type="button" className="button" onClick={() => void removeSource(source.id)}>
          {t('sources.remove')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setIsConfirming(false)}>
          {t('sources.cancel')}
        </button>
      </div>
    </div>
  );
}

/** Problems shown under the key field rather than the address field. */
const isKeyProblem = (problem: SourceInputProblem) => problem === 'key-invalid' || problem === 'key-weak';

function AddSourceForm() {
  const { t } = useTranslation('content');
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const [problem, setProblem] = useState<SourceInputProblem | undefined>();
  const [draft, setDraft] = useState<SourceRecord | undefined>();
  // After adding: 'checking' while the first check runs, 'checked' once it ended (its result shows in the source's status).
  const [addedPhase, setAddedPhase] = useState<'none' | 'checking' | 'checked'>('none');
  const isOnline = useIsOnline();

  async function review() {
    setAddedPhase('none');
    const result = await draftSource(url, key);
    if (result.ok) {
      setProblem(undefined);
      setDraft(result.source);
    } else {
      setProblem(result.problem);
      setDraft(undefined);
    }
  }

  async function confirm() {
    if (!draft) return;
    await addSource(draft);
    setDraft(undefined);
    setUrl('');
    setKey('');
    setAddedPhase('checking');
    await checkForContentUpdates();
    setAddedPhase('checked');
  }

  return (
    <section aria-labelledby="add-source-title" className="settings-section">
      <h2 id="add-source-title">{t('sources.addTitle')}</h2>
      <p className="hint">{t('sources.addHint')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void review();
        }}
      >
        <TextField
          label={t('sources.url')}
          type="url"
          inputMode="url"
          value={url}
          onValueChange={setUrl}
          error={problem !== undefined && !isKeyProblem(problem) ? t(`sources.problem.${problem}`) : undefined}
        />
        <TextField
          label={t('sources.key')}
          value={key}
          onValueChange={setKey}
          error={problem !== undefined && isKeyProblem(problem) ? t(`sources.problem.${problem}`) : undefined}
        />
        <p>
          <button type="submit" className="button button-secondary">
            {t('sources.review')}
          </button>
        </p>
      </form>
      {draft && (
        <div role="group" aria-labelledby="confirm-source" className="confirm-box">
          <p id="confirm-source">{t('sources.confirmFingerprint', { fingerprint: draft.fingerprint })}</p>
          <div className="toast-actions">
            <button type="button" className="button" onClick={() => void confirm()}>
              {t('sources.add')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setDraft(undefined)}>
              {t('sources.cancel')}
            </button>
          </div>
        </div>
      )}
      {addedPhase !== 'none' && (
        <p role="status">
          {!isOnline ? t('sources.addedOffline') : addedPhase === 'checking' ? t('sources.added') : t('sources.addedChecked')}
        </p>
      )}
    </section>
  );
}
