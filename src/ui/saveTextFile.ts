/**
 * Hands a text file to the browser's download (a backup, an activity report). The object URL is
 * revoked right after, so the text does not linger. Callers choose plain names: the file may sit
 * in a downloads folder or a cloud drive that others see.
 */
export function saveTextFile(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
