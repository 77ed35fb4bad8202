import type { Locale } from './text';

/*
 * Where the static emergency pages live (written by the build, scripts/emergency): one per language,
 * a section per country. The app links to them as plain links, which work before its code has run;
 * the build names its files and sections with these same functions, so the two cannot drift apart.
 */

/** The page's path in the build output, without the leading slash. */
export function emergencyPageFile(language: Locale): string {
  return `emergency/${language}.html`;
}

/** The id of a country's section on the page: `country-pe`. */
export function emergencyCountryId(country: string): string {
  return `country-${country.toLowerCase()}`;
}

/** The id of a province's own list within its country's section: `country-ca-qc` for `CA-QC`. */
export function emergencySubdivisionId(subdivision: string): string {
  return `country-${subdivision.toLowerCase()}`;
}

/**
 * The link to a country's numbers on the page, `/emergency/es.html#country-pe`; without a country
 * (none chosen yet), the top of the page, where every country is listed.
 */
export function emergencyPageHref(language: Locale, country: string | undefined): string {
  const page = `/${emergencyPageFile(language)}`;
  return country === undefined ? page : `${page}#${emergencyCountryId(country)}`;
}
