/*
 * The one thing "Delete all my data" leaves for the fresh start, besides the language: a flag in
 * this tab's sessionStorage saying the deletion just finished, so the new page can say it is done.
 * The new page reads it once and removes it at once; another tab or a later visit never sees it.
 */
const wipeDoneKey = 'companera.deleted';

export function markWipeDone(): void {
  try {
    sessionStorage.setItem(wipeDoneKey, '1');
  } catch {
    // Storage refused: the fresh start shows the home screen without the "deleted" screen.
  }
}

let wasJustWiped: boolean | undefined;

/** Whether this page load follows a deletion; the first call takes the flag, later calls repeat the answer. */
export function takeWipeDone(): boolean {
  if (wasJustWiped === undefined) {
    try {
      wasJustWiped = sessionStorage.getItem(wipeDoneKey) !== null;
      sessionStorage.removeItem(wipeDoneKey);
    } catch {
      wasJustWiped = false;
    }
  }
  return wasJustWiped;
}
