import type { VaultRecordsOwner } from '../vault';
import { journalGroupOf } from './entry';
import { reloadJournal } from './journalStore';
import { showNotice } from './notices';

/** What the vault's screens do with the journal's entries when they write them again in bulk: file them by month, then read them again. */
export const journalRecords: VaultRecordsOwner = {
  groupOf: journalGroupOf,
  async afterBackupRead(how) {
    await reloadJournal();
    // The set-up screen went as soon as the journal existed; the journal now says it is back.
    if (how === 'restore') showNotice({ kind: 'restoredFromBackup' });
  },
};
