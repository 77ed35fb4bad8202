import { localDay } from '../../lib/localDay';

/**
 * Hands a backup file to the browser's download. A plain name: the file may sit in a downloads
 * folder or a cloud drive that others see. The object URL is revoked right after, so the backup
 * text does not linger.
 */
export function saveBackupFile(text: string, now = new Date()): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `backup-${localDay(now)}.json`;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
