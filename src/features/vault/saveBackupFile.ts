import { localDay } from '../../lib/localDay';
import { saveTextFile } from '../../ui/saveTextFile';

/** Hands a backup file to the browser's download, named only by the day it was made. */
export function saveBackupFile(text: string, now = new Date()): void {
  saveTextFile(text, `backup-${localDay(now)}.json`, 'application/json');
}
