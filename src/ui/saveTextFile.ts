/**
 * Hands a text file to the browser's download (the vault's backup, the feedback CSV). The caller
 * picks a plain name: the file may sit in a downloads folder or a cloud drive that others see. The
 * object URL is revoked right after, so the text does not linger.
 */
export function saveTextFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
