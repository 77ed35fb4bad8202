import { useEffect } from 'react';
import { useStore } from '../../ui/useStore';
import { journalStore, loadJournal, type JournalSnapshot } from './journalStore';

export function useJournal(): JournalSnapshot {
  const snapshot = useStore(journalStore);
  useEffect(() => {
    if (snapshot.status === 'loading') void loadJournal();
  }, [snapshot.status]);
  return snapshot;
}
