import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkForContentUpdates } from '../../app/contentSync';
import { db, useLiveQuery, type SourceRecord } from '../../db';
import { formatDate, formatKilobytes } from '../../i18n/format';
import { isLanguage, languageEndonyms, type Language } from '../../i18n/languages';
import { addSource, draftSource, removeSource, type SourceInputProblem } from '../../packs';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { TextField } from '../../ui/TextField';
import { SyncStatus, useSyncState } from './SyncStatus';

function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'es';
}

export function ContentScreen() {
  const { t } = useTranslation('content');
  const syncState = useSyncState();
  const isBusy = syncState.phase === 'checking' || syncState.phase === 'downloading';
  return (
    <div className="screen">
      <ScreenHeading>{t('title')}</ScreenHeading>
      <p>{t('intro')}</p>
      <p>
        <button type="button" className="button" disabled={isBusy} onClick={() => void checkForContentUpdates()}>
          {t('checkNow')}
        </button>
      </p>
      <SyncStatus />
      <SourceList />
      <PackList />
      <AddSourceForm />
    </div>
  );
}

function PackList() {
  const { t } = useTranslation('content');
  const language = useLanguage();
  const packs = useLiveQuery(() => db.packs.orderBy('kind').toArray(), []);
  const sources = useLiveQuery(() => db.sources.toArray(), []);
  // Expiry is worked out in the query, not while rendering, so renders stay pure.
  const expiredSince = useLiveQuery(
    async () => new Map((await db.manifests.toArray()).filter((manifest) => Date.parse(manifest.expires) <= Date.now()).map((manifest) => [manifest.sourceId, manifest.expires])),
    [],
  );
  if (!packs || !sources || !expiredSince) return null;
  const sourceName = (sourceId: string) => {
    const source = sources.find((candidate) => candidate.id === sourceId);
    return source?.isBuiltIn ? t('sources.builtIn') : (source ? new URL(source.baseUrl).host : sourceId);
  };
  return (
    <section aria-labelledby="packs-title" className="settings-section">
      <h2 id="packs-title">{t('packs.title')}</h2>
      {packs.length === 0 ? (
        <p>{t('packs.empty')}</p>
      ) : (
        <ul className="pack-list">
          {packs.map((pack) => (
            <li key={`${pack.sourceId}/${pack.id}`} className="pack-item">
              <p className="pack-title">
                {pack.title} <span className="hint">· {t(`kinds.${pack.kind}`)}</span>
              </p>
              <dl className="pack-facts">
                <dt>{t('packs.language')}</dt>
                <dd>{isLanguage(pack.locale) ? languageEndonyms[pack.locale] : t('packs.allLanguages')}</dd>
                <dt>{t('packs.version')}</dt>
                <dd>{pack.version}</dd>
                <dt>{t('packs.date')}</dt>
                <dd>{formatDate(new Date(pack.installedAt), language, { dateStyle: 'medium' })}</dd>
                <dt>{t('packs.size')}</dt>
                <dd>{formatKilobytes(pack.length, language)}</dd>
                <dt>{t('packs.source')}</dt>
                <dd>{sourceName(pack.sourceId)}</dd>
                <dt>{t('packs.status')}</dt>
                <dd>
                  {expiredSince.has(pack.sourceId)
                    ? t('status.outOfDate', { date: formatDate(new Date(expiredSince.get(pack.sourceId) ?? 0), language) })
                    : t('packs.inUse')}
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SourceList() {
  const { t } = useTranslation('content');
  const language = useLanguage();
  const sources = useLiveQuery(() => db.sources.toArray(), []);
  const statuses = useLiveQuery(() => db.syncStatus.toArray(), []);
  // Expiry is worked out in the query, not while rendering, so renders stay pure.
  const manifests = useLiveQuery(
    async () => (await db.manifests.toArray()).map((manifest) => ({ ...manifest, hasExpired: Date.parse(manifest.expires) <= Date.now() })),
    [],
  );
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
              <p className="pack-title">{source.isBuiltIn ? t('sources.builtIn') : new URL(source.baseUrl).host}</p>
              <dl className="pack-facts">
                <dt>{t('sources.fingerprint')}</dt>
                <dd className="fingerprint">{source.fingerprint}</dd>
                <dt>{t('sources.lastCheck')}</dt>
                <dd>{status?.lastCheckedAt ? formatDate(new Date(status.lastCheckedAt), language, { dateStyle: 'medium', timeStyle: 'short' }) : t('sources.never')}</dd>
              </dl>
              {manifest?.hasExpired === true && <p className="notice">{t('status.outOfDate', { date: formatDate(new Date(manifest.expires), language) })}</p>}
              {!source.isBuiltIn && <RemoveSourceButton source={source} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
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
  const [isAdded, setIsAdded] = useState(false);

  async function review() {
    setIsAdded(false);
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
    setIsAdded(true);
    await checkForContentUpdates();
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
      {isAdded && <p role="status">{t('sources.added')}</p>}
    </section>
  );
}
