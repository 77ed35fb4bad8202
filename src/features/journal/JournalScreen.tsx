import { lazy, Suspense, useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVaultState } from '../../ui/useVaultState';
import { requestFocusOnNextScreen } from '../../ui/focusOnNavigation';
import { Link, returnPathInState, usePath } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { CalendarView } from './CalendarView';
import { EntryEditor } from './EntryEditor';
import { JournalHome } from './JournalHome';
import { JournalNav } from './JournalNav';
import { showingJournalScreen } from './journalStore';
import { useJournal } from './useJournal';
import { BackupView, preloadVaultScreens, VaultSettingsView, VaultSetup, VaultUnlock } from '../vault';
import { journalRecords } from './journalRecords';
import './journal.css';

// Charts are only needed when someone opens them.
const TrendsView = lazy(async () => ({ default: (await import('./TrendsView')).TrendsView }));
// The lock screens come from the vault's own chunk: fetched now, alongside the vault's state, so
// they are in by the time the journal knows which one to show.
preloadVaultScreens();

/**
 * The journal. Nothing decrypted is on screen unless the vault is open: when it locks, this
 * renders the lock screen and the decrypted entries are dropped from memory.
 */
export function JournalScreen() {
  const { t } = useTranslation('journal');
  const vault = useVaultState();
  useEffect(() => showingJournalScreen(), []);
  if (vault.status === 'checking') {
    return (
      <div className="screen journal">
        <ScreenHeading>{t('title')}</ScreenHeading>
        <p className="loading">{t('loading')}</p>
      </div>
    );
  }
  return (
    <>
      <WayBack />
      {/* Only while the vault's screens are still on their way; a plain heading leaves the focus to the screen that replaces it. */}
      <Suspense
        fallback={
          <div className="screen journal">
            <h1 className="screen-heading">{t('title')}</h1>
            <p className="loading">{t('loading')}</p>
          </div>
        }
      >
        {vault.status === 'absent' ? (
          <VaultSetup owner={journalRecords} />
        ) : vault.status === 'locked' ? (
          <VaultUnlock canUsePin={vault.canUsePin} />
        ) : (
          <OpenJournal />
        )}
      </Suspense>
    </>
  );
}

/** A course module sent her here to set up or open the journal for her reflection: the way back to it. */
function WayBack() {
  const { t } = useTranslation('journal');
  usePath();
  const returnTo = returnPathInState();
  if (!returnTo?.startsWith('/guides/')) return null;
  return (
    <p className="journal-way-back">
      <Link to={returnTo}>{t('backToModule')}</Link>
    </p>
  );
}

function OpenJournal() {
  const { t } = useTranslation('journal');
  const path = usePath();
  const journal = useJournal();
  const subpath = path.replace(/^\/journal\/?/, '').replace(/\/+$/, '');

  if (subpath === 'settings') return <VaultSettingsView nav={<JournalNav />} owner={journalRecords} />;
  if (journal.status !== 'ready') {
    return (
      <div className="screen journal">
        <ScreenHeading>{t('title')}</ScreenHeading>
        {journal.status === 'failed' ? (
          <p className="field-error" role="alert">
            {t('loadFailed')}
          </p>
        ) : (
          <p className="loading">{t('loading')}</p>
        )}
      </div>
    );
  }
  const { entries, damagedIds, isComplete } = journal;
  if (subpath === 'new') return <EntryEditor key="new" entry={undefined} />;
  if (subpath.startsWith('entry/')) {
    const id = subpath.slice('entry/'.length);
    const entry = entries.find((candidate) => candidate.id === id);
    if (entry) return <EntryEditor key={id} entry={entry} />;
    // An older entry may not be open yet; only once everything is can it be called missing.
    if (!isComplete) return <OpeningOlder title={t('title')} />;
    return <JournalHome entries={entries} damagedIds={damagedIds} isComplete isMissingEntry />;
  }
  // The calendar and the trends cover any month: they wait until every entry is open.
  if (subpath === 'calendar') return isComplete ? <CalendarView entries={entries} /> : <OpeningOlder title={t('calendar.title')} />;
  if (subpath === 'backup') return <BackupView nav={<JournalNav />} owner={journalRecords} />;
  if (subpath === 'trends') {
    if (!isComplete) return <OpeningOlder title={t('trends.title')} />;
    return (
      <Suspense
        fallback={
          <div className="screen journal">
            <ScreenHeading>{t('trends.title')}</ScreenHeading>
            <p className="loading">{t('loading')}</p>
          </div>
        }
      >
        <TrendsView entries={entries} />
      </Suspense>
    );
  }
  return <JournalHome entries={entries} damagedIds={damagedIds} isComplete={isComplete} />;
}

/** Stands in for a screen that needs every entry; hands the focus on to that screen's heading when it comes. */
function OpeningOlder({ title }: { title: string }) {
  const { t } = useTranslation('journal');
  const screen = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = screen.current;
    return () => {
      if (element?.contains(document.activeElement)) requestFocusOnNextScreen();
    };
  }, []);
  return (
    <div className="screen journal" ref={screen}>
      <ScreenHeading>{title}</ScreenHeading>
      <JournalNav />
      <p className="loading" role="status">
        {t('list.openingOlder')}
      </p>
    </div>
  );
}
