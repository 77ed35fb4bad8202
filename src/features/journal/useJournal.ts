import { useEffect, useSyncExternalStore } from 'react';
import { getJournalSnapshot, loadJournal, subscribeToJournal, type JournalSnapshot } from './journalStore';

export function useJournal(): JournalSnapshot {
  const snapshot = useSyncExternalStore(subscribeToJournal, getJournalSnapshot, getJournalSnapshot);
  useEffect(() => {
    if (snapshot.status === 'loading') void loadJournal();
  }, [snapshot.status]);
  return snapshot;
}
