/** The Network Information API's data-saver flag (Chromium on Android); absent elsewhere. */
export function isSaveDataOn(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}
