import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useVaultState } from '../../vault';
import { usePath } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { BackupView } from './BackupView';
import { CalendarView } from './CalendarView';
import { EntryEditor } from './EntryEditor';
import { JournalHome } from './JournalHome';
import { useJournal } from './useJournal';
import { VaultSettingsView } from './VaultSettingsView';
import { VaultSetup } from './VaultSetup';
import { VaultUnlock } from './VaultUnlock';
import './journal.css';

// Charts are only needed when someone opens them.
const TrendsView = lazy(async () => ({ default: (await import('./TrendsView')).TrendsView }));

/**
 * The journal. Nothing decrypted is on screen unless the vault is open: when it locks, this
 * renders the lock screen and the decrypted entries are dropped from memory.
 */
export function JournalScreen() {
  const { t } = useTranslation('journal');
  const vault = useVaultState();
  if (vault.status === 'checking') {
    return (
      <div className="screen journal">
        <ScreenHeading>{t('title')}</ScreenHeading>
        <p className="loading">{t('loading')}</p>
      </div>
    );
  }
  if (vault.status === 'absent') return <VaultSetup />;
  if (vault.status === 'locked') return <VaultUnlock canUsePin={vault.canUsePin} />;
  return <OpenJournal />;
}

function OpenJournal() {
  const { t } = useTranslation('journal');
  const path = usePath();
  const journal = useJournal();
  const subpath = path.replace(/^\/journal\/?/, '').replace(/\/+$/, '');

  if (subpath === 'settings') return <VaultSettingsView />;
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
  if (subpath === 'new') return <EntryEditor key="new" entry={undefined} />;
  if (subpath.startsWith('entry/')) {
    const id = subpath.slice('entry/'.length);
    const entry = journal.entries.find((candidate) => candidate.id === id);
    return entry ? <EntryEditor key={id} entry={entry} /> : <JournalHome entries={journal.entries} damagedIds={journal.damagedIds} isMissingEntry />;
  }
  if (subpath === 'calendar') return <CalendarView entries={journal.entries} />;
  if (subpath === 'backup') return <BackupView />;
  if (subpath === 'trends') {
    return (
      <Suspense
        fallback={
          <div className="screen journal">
            <ScreenHeading>{t('trends.title')}</ScreenHeading>
            <p className="loading">{t('loading')}</p>
          </div>
        }
      >
        <TrendsView entries={journal.entries} />
      </Suspense>
    );
  }
  return <JournalHome entries={journal.entries} damagedIds={journal.damagedIds} />;
}
