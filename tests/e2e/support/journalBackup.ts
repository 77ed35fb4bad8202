// A journal backup file made in Node by the app's own vault code (over fake-indexeddb), so an
// end-to-end test can start from a long journal without typing hundreds of entries.
import 'fake-indexeddb/auto';

export type BackupEntry = { text: string; mood: 1 | 2 | 3 | 4 | 5; at: Date };

function localDateTime(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export async function makeJournalBackup(entries: readonly BackupEntry[], filePassphrase: string): Promise<string> {
  const vault = await import('../../../src/vault/index.ts');
  // The Node side keeps one vault per test worker: start each file from nothing.
  await vault.eraseVault();
  await vault.createVault('node side passphrase for the backup');
  await vault.putRecords(
    entries.map(({ text, mood, at }) => {
      const id = crypto.randomUUID();
      const stamp = at.toISOString();
      const value = {
        id,
        mood,
        feelings: [],
        customFeelings: [],
        text,
        helped: [],
        customHelped: [],
        at: localDateTime(at),
        createdAt: stamp,
        updatedAt: stamp,
      };
      return { kind: 'journal-entry', id, value };
    }),
  );
  return (await vault.createBackup(filePassphrase)).text;
}
