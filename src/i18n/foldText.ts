// Shared by every search box (directory, guides): the same folding everywhere, so a word found in one is found in the other.
/** Lower case, no accents, letters and digits only ("Línea 100 – Québec" → "linea 100 quebec"). */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
