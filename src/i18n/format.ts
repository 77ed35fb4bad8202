import { htmlLangFor, type Language } from './languages';

// Making an Intl formatter costs about a millisecond on a phone, formatting with one a microsecond:
// a list of sixty entries would spend most of its render making formatters. Keep one per language and options.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<F>(formats: Map<string, F>, language: Language, options: object | undefined, make: (locale: string) => F): F {
  const key = `${language} ${JSON.stringify(options ?? null)}`;
  let format = formats.get(key);
  if (!format) {
    format = make(htmlLangFor(language));
    formats.set(key, format);
  }
  return format;
}

/** All dates shown to people go through Intl in the person's language and regional variety. */
export function formatDate(date: Date, language: Language, options?: Intl.DateTimeFormatOptions): string {
  return cached(dateFormats, language, options, (locale) => new Intl.DateTimeFormat(locale, options ?? { dateStyle: 'long' })).format(date);
}

export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  return cached(numberFormats, language, options, (locale) => new Intl.NumberFormat(locale, options)).format(value);
}

/** Sizes in kilobytes, as people see them on a data plan ("48 KB"). */
export function formatKilobytes(bytes: number, language: Language): string {
  return formatNumber(bytes / 1024, language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: bytes < 10_240 ? 1 : 0 });
}
