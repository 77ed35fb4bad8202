import type { LocalizedText } from '../../content/schema';
import { isLanguage } from '../../i18n/languages';

/**
 * The text of a directory field in the screen's language. Per-language fields give that
 * language; a plain string (one language only) is shown as it is rather than hidden, because a
 * note such as "sends police" matters more than its language.
 */
export function textIn(value: LocalizedText | undefined, language: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  const base = language.slice(0, 2);
  return isLanguage(base) ? value[base] : value.en;
}
