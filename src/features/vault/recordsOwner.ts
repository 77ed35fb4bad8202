import type { ImportOptions } from '../../vault';

/**
 * What the vault's screens need from the feature whose records they write again in bulk (a
 * restore, an import, a passphrase change): today the journal, which files its entries by month
 * and holds them decrypted while it is open. The vault's screens import no other feature, so the
 * journal hands this in; the crisis notes' gate has none, and a restore made there leaves the
 * entries unfiled until the journal first reads them (it files them then), which changes only
 * the order they are read in.
 */
export type VaultRecordsOwner = {
  /** The group each record is filed under when it is written again in bulk. */
  groupOf: NonNullable<ImportOptions['groupOf']>;
  /** After a backup file's records are written: the owner reads them again; `restore` when the vault was made from the file. */
  afterBackupRead: (how: 'import' | 'restore') => Promise<void>;
};
