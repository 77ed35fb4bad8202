import { createStore } from '../../lib/store';
import { useStore } from '../../ui/useStore';

/** One short message that outlives a navigation ("Saved", "Deleted, undo?"). Never holds entry content. */
export type JournalNotice =
  | { kind: 'saved' }
  | { kind: 'deleted' }
  | { kind: 'restored' }
  | { kind: 'imported'; added: number; updated: number; unchanged: number }
  | { kind: 'restoredFromBackup' };

const notice = createStore<JournalNotice | undefined>(undefined);

export const showNotice = notice.set;

export function useNotice(): JournalNotice | undefined {
  return useStore(notice);
}
