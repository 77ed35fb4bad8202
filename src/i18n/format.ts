import { htmlLangFor, type Language } from './languages';

/** All dates shown to people go through Intl in the person's language and regional variety. */
export function formatDate(date: Date, language: Language, options?: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(htmlLangFor(language), options ?? { dateStyle: 'long' }).format(date);
}

export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(htmlLangFor(language), options).format(value);
}

/** Sizes in kilobytes, as people see them on a data plan ("48 KB"). */
export function formatKilobytes(bytes: number, language: Language): string {
  return new Intl.NumberFormat(htmlLangFor(language), {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: bytes < 10_240 ? 1 : 0,
  }).format(bytes / 1024);
}
