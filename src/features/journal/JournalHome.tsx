import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../ui/usePreferences';
import { fallbackLanguage } from '../../i18n/languages';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { TextField } from '../../ui/TextField';
import type { JournalEntry } from './entry';
import { EntryList } from './EntryList';
import { JournalNav } from './JournalNav';
import { deleteEntry, undoDelete } from './journalStore';
import { showNotice, useNotice } from './notices';
import { QuickCheckIn } from './QuickCheckIn';
import { searchEntries } from './search';
import { useAddressContext } from '../../ui/packText';

type JournalHomeProps = {
  entries: readonly JournalEntry[];
  damagedIds: readonly string[];
  /** False while older entries are still being opened: the list and search cover the newest ones so far. */
  isComplete: boolean;
  isMissingEntry?: boolean;
};

/** Check-in, search and the list of entries by day. */
export function JournalHome({ entries, damagedIds, isComplete, isMissingEntry = false }: JournalHomeProps) {
  const { t } = useTranslation('journal');
  const language = usePreferences().language ?? fallbackLanguage;
  const [query, setQuery] = useState('');
  // Feeling words follow how the person chose to be addressed (Settings): "cansada", "cansado".
  const context = useAddressContext();
  const deferredQuery = useDeferredValue(query);
  const results = useMemo(
    () =>
      searchEntries(entries, deferredQuery, {
        feeling: (id) => t(`feelings.${id}`, { context }),
        help: (id) => t(`helped.${id}`),
        mood: (mood) => t(`moods.${mood}`),
      }),
    [entries, deferredQuery, t, context],
  );
  const isSearching = deferredQuery.trim() !== '';

  return (
    <div className="screen journal">
      <ScreenHeading>{t('title')}</ScreenHeading>
      <JournalNav />
      <Notice />
      {isMissingEntry && (
        <p className="notice" role="status">
          {t('list.missing')}
        </p>
      )}
      {damagedIds.length > 0 && <DamagedNotice ids={damagedIds} />}
      <QuickCheckIn />

      <section aria-labelledby="entries-title" className="entries">
        <h2 id="entries-title">{t('list.title')}</h2>
        {entries.length > 0 && (
          <div role="search">
            <TextField label={t('search.label')} type="search" value={query} onValueChange={setQuery} />
          </div>
        )}
        <p role="status" className="hint">
          {isSearching ? t('search.results', { count: results.length }) : ''}
          {isSearching && !isComplete ? ` ${t('search.stillOpening')}` : ''}
        </p>
        {/* Busy while older entries are still opening; the status above stays outside, so its count is still read out. */}
        <div className="entries-list" aria-busy={!isComplete}>
          {entries.length === 0 && isComplete ? (
            <p>{t('list.empty')}</p>
          ) : (
            <EntryList key={deferredQuery} entries={results} language={language} isComplete={isComplete} />
          )}
        </div>
      </section>
    </div>
  );
}

function Notice() {
  const { t } = useTranslation('journal');
  const notice = useNotice();
  if (!notice) return <div role="status" />;
  return (
    <div role="status" className="toast journal-toast">
      {notice.kind === 'deleted' ? (
        <>
          <p>{t('notice.deleted')}</p>
          <p className="toast-actions">
            <button
              type="button"
              className="button"
              onClick={() =>
                void undoDelete().then(
                  () => showNotice({ kind: 'restored' }),
                  () => showNotice(undefined),
                )
              }
            >
              {t('notice.undo')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => showNotice(undefined)}>
              {t('notice.dismiss')}
            </button>
          </p>
        </>
      ) : (
        <p>
          {notice.kind === 'saved' && t('notice.saved')}
          {notice.kind === 'restored' && t('notice.restored')}
          {notice.kind === 'imported' && t('notice.imported', { count: notice.added, updated: notice.updated })}
          {notice.kind === 'restoredFromBackup' && t('notice.restoredFromBackup')}{' '}
          <button type="button" className="link-button" onClick={() => showNotice(undefined)}>
            {t('notice.dismiss')}
          </button>
        </p>
      )}
    </div>
  );
}

function DamagedNotice({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation('journal');
  const [isRemoving, setIsRemoving] = useState(false);
  return (
    <div className="damaged" role="alert">
      <p>{t('damaged.body', { count: ids.length })}</p>
      <button
        type="button"
        className="button button-secondary"
        disabled={isRemoving}
        onClick={() => {
          setIsRemoving(true);
          void Promise.all(ids.map((id) => deleteEntry(id))).finally(() => setIsRemoving(false));
        }}
      >
        {t('damaged.remove', { count: ids.length })}
      </button>
    </div>
  );
}
