/*
 * Pack text may say a word three ways, by how the person wants to be addressed:
 * `[[feminine|masculine|neutral]]`, for example "Estás [[cansada|cansado|cansade]]". Exactly three
 * non-empty alternatives, no nesting, and `[[` / `]]` mean nothing else. No zod here: the crisis
 * screen renders step text with it on its cold path. text.ts refuses a malformed one at build and
 * at install, so rendering can trust the form.
 */

/** How the app addresses the person, chosen in Settings. */
export const addressForms = ['feminine', 'masculine', 'neutral'] as const;
export type AddressForm = (typeof addressForms)[number];

const alternatePattern = /\[\[([^[\]|]*)\|([^[\]|]*)\|([^[\]|]*)\]\]/g;

/** Why the text's alternates are malformed, in plain words; undefined when they are fine. */
export function alternatesProblem(text: string): string | undefined {
  if (!text.includes('[[') && !text.includes(']]')) return undefined;
  const hasEmptyForm = [...text.matchAll(alternatePattern)].some((match) =>
    match.slice(1, 4).some((alternative) => alternative.trim() === ''),
  );
  const rest = text.replace(alternatePattern, '');
  if (hasEmptyForm) return 'a [[feminine|masculine|neutral]] alternate has an empty form';
  if (rest.includes('[[') || rest.includes(']]')) {
    return 'a "[[" or "]]" is not a well-formed [[feminine|masculine|neutral]] alternate (exactly three forms split by "|", no nesting)';
  }
  return undefined;
}

/** The text as it reads for this form of address: each alternate becomes its one chosen form. */
export function renderAlternates(text: string, form: AddressForm): string {
  if (!text.includes('[[')) return text;
  const index = addressForms.indexOf(form);
  return text.replace(alternatePattern, (_match, ...alternatives: unknown[]) => String(alternatives[index]));
}
