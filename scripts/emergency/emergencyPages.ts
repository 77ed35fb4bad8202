import type { DirectoryEntry, DirectoryPack } from '../../src/content/schema.ts';
import { safeSourceUrls } from '../../src/features/directory/actionLinks.ts';
import { countryName } from '../../src/features/directory/countryNames.ts';
import { countryNumbers, type ListedService } from '../../src/features/directory/countryNumbers.ts';
import { countriesOf, entriesForCountry, subdivisionName, subdivisionsOf } from '../../src/features/directory/entries.ts';
import { mayBringPolice } from '../../src/features/directory/emergency.ts';
import { emergencyCountryId, emergencySubdivisionId } from '../../src/content/emergencyPages.ts';
import { textIn } from '../../src/features/directory/directoryText.ts';
import { formatPartialDate } from '../../src/features/directory/freshness.ts';
import { sendsList } from '../../src/features/directory/sends.ts';
import { htmlLangFor, type Language } from '../../src/i18n/languages.ts';
import { escapeHtml } from '../lib/html.ts';

/*
 * The static emergency pages (dist/emergency/<language>.html): every country's numbers to call when
 * a life is in danger, as plain HTML with no script, so the crisis picker's danger button is a link
 * that works before the app's code has run, or when it never runs. The numbers and their order come
 * from the directory's own routing (countryNumbers: the pocket card's list), the words from the
 * locale files; nothing here decides which number comes first.
 */

/** A locale file as JSON: nested objects of strings. */
export type LocaleFile = Record<string, unknown>;

export type EmergencyPageInput = {
  language: Language;
  /** The built-in directory packs for this language, in the release's order. */
  packs: readonly DirectoryPack[];
  /** locales/<language>/directory.json, cards.json and common.json (the quick exit's words). */
  strings: { directory: LocaleFile; cards: LocaleFile; common: LocaleFile };
  /** Where the page's stylesheet is served from (an absolute path, so the page works from any URL). */
  stylesheet: string;
};

/**
 * Stricter than the app's policy (scripts/security-headers.ts), which the host's headers add on top:
 * these pages run no script and load nothing but their stylesheet (and the browser's icon request).
 */
export const emergencyPagePolicy = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

/** A string of a locale file by its dotted key, if it has one. */
function lookUp(file: LocaleFile, key: string): string | undefined {
  let found: unknown = file;
  for (const part of key.split('.'))
    found = typeof found === 'object' && found !== null ? (found as Record<string, unknown>)[part] : undefined;
  return typeof found === 'string' ? found : undefined;
}

/** A string of a locale file by its dotted key, with {{placeholders}} filled; a missing key fails the build. */
function translator(file: LocaleFile, name: string) {
  return (key: string, values: Record<string, string> = {}): string => {
    const found = lookUp(file, key);
    if (found === undefined) throw new Error(`emergency pages: ${name}:${key} is missing`);
    return found.replace(/{{\s*(\w+)\s*}}/g, (whole, placeholder: string) => values[placeholder] ?? whole);
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** One line of plain text, escaped. */
const line = (text: string, className?: string) => `<p${className ? ` class="${className}"` : ''}>${escapeHtml(text)}</p>`;

/** A number to call: the number and what it is, one big link (a 44 px target, whole width). */
const callLink = (href: string, shown: string, what: string) =>
  `<a class="c" href="${escapeHtml(href)}"><b>${escapeHtml(shown)}</b> ${escapeHtml(what)}</a>`;

/** Builds one language's page. Pure: the same packs and strings always give the same bytes. */
export function emergencyPage({ language, packs, strings, stylesheet }: EmergencyPageInput): string {
  const td = translator(strings.directory, `${language}/directory`);
  const tc = translator(strings.cards, `${language}/cards`);
  const tcommon = translator(strings.common, `${language}/common`);
  const sends = (services: Parameters<typeof sendsList>[0]) =>
    td('sends.what', { services: sendsList(services, htmlLangFor(language), (service) => td(`sends.${service}`)) });
  const police = (involvement: DirectoryEntry['policeInvolvement']) => td(`policeCard.${involvement}`);

  // Each entry's source as the directory holds it: the site of its first public (https) page and its
  // date. Written out, not linked: the full addresses would make the pages twice as heavy in every
  // phone's precache, and the app's directory links them.
  const source = (entry: DirectoryEntry) => {
    const url = safeSourceUrls(entry)[0];
    const date = entry.source.date ? formatPartialDate(entry.source.date, language) : undefined;
    if (url)
      return line(
        date ? td('emergencyPage.source', { site: hostOf(url), date }) : td('emergencyPage.sourceUndated', { site: hostOf(url) }),
        's',
      );
    return line(date ? td('freshness.sourceDate', { date }) : td('freshness.sourceUndated'), 's');
  };

  const serviceList = (services: readonly ListedService[]) => {
    const items = services.map(({ entry, phone, call }) => {
      const name = entry.region ? `${entry.name} (${entry.region})` : entry.name;
      const label = textIn(phone.label, language);
      // A star code cannot be a tel: link: it is written out with the directory's keypad words.
      const reach = call ? callLink(call.href, call.shown, name) : `${line(name)}${line(td('actions.keypad', { code: phone.dial }))}`;
      // A line that is not open all the time says when it is, so she does not call it at night for nothing.
      const hours = entry.isAlwaysOpen === false && entry.hours ? textIn(entry.hours, language) : undefined;
      return `<li>${reach}${label ? line(label) : ''}${hours ? line(hours) : ''}${line(police(entry.policeInvolvement))}${source(entry)}</li>`;
    });
    return `<ul>${items.join('')}</ul>`;
  };

  const lang = htmlLangFor(language);
  const countries = countriesOf(packs)
    .map((code) => ({ code, name: countryName(code, language) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));

  const sections = countries.map(({ code, name }) => {
    const { calls, services } = countryNumbers(packs, code, language, undefined);
    const parts = [`<h2>${escapeHtml(name)}</h2>`, `<h3>${escapeHtml(tc('numbers.emergency'))}</h3>`];
    if (calls.length === 0) {
      // The directory's own words for this case; the services below are still numbers she can call.
      parts.push(line(td('emergencyCalls.none'), 'n'));
    } else {
      const items = calls.map(({ entry, call, sends: sent }) => {
        // As on the pocket card: the number's own label, else its entry's name; what a call sends,
        // and, when the pack does not say, whether the police may come.
        const details = [
          sent ? sends(sent) : undefined,
          !sent && mayBringPolice(entry, sent) ? police(entry.policeInvolvement) : undefined,
        ];
        return `<li>${callLink(call.href, call.shown, call.label ?? entry.name)}${details.map((text) => (text ? line(text) : '')).join('')}${source(entry)}</li>`;
      });
      parts.push(`<ul class="e">${items.join('')}</ul>`);
    }
    // Where services differ by province, each province's own list: its lines first, then the national
    // ones, as the pocket card routes them for someone who chose that province (Quebec's suicide line
    // before 988), and not cut short, so the list she reads needs no other. Links to them come right
    // after the emergency numbers, before the national list, so she reaches her own first.
    const entries = entriesForCountry(packs, code);
    const regions = subdivisionsOf(entries).flatMap((subdivision) => {
      const regional = countryNumbers(packs, code, language, subdivision, Infinity).services;
      // A province whose own services have no number (Ontario's only have addresses) would repeat the national list.
      if (!regional.some(({ entry }) => entry.subdivision === subdivision)) return [];
      const name = subdivisionName(subdivision, entries, (own) => lookUp(strings.directory, `subdivisions.${own}`));
      return [
        { id: emergencySubdivisionId(subdivision), heading: td('emergencyPage.regionServices', { region: name }), services: regional },
      ];
    });
    if (regions.length > 0)
      parts.push(
        `<ul class="j">${regions.map(({ id, heading }) => `<li><a href="#${escapeHtml(id)}">${escapeHtml(heading)}</a></li>`).join('')}</ul>`,
      );
    if (services.length > 0) parts.push(`<h3>${escapeHtml(tc('numbers.services'))}</h3>${serviceList(services)}`);
    for (const { id, heading, services: regional } of regions)
      parts.push(`<h3 id="${escapeHtml(id)}">${escapeHtml(heading)}</h3>${serviceList(regional)}`);
    const section = `<section id="${emergencyCountryId(code)}">${parts.join('')}</section>`;
    // Never a country without a number to call: a release that would print one fails the build.
    if (!section.includes('href="tel:')) throw new Error(`emergency pages: ${language}: ${code} has no number to call`);
    return section;
  });

  const title = escapeHtml(td('emergencyTitle'));
  const jumps = countries.map(({ code, name }) => `<li><a href="#${emergencyCountryId(code)}">${escapeHtml(name)}</a></li>`).join('');
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(emergencyPagePolicy)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${title}</title>`,
    // The app's icon, precached: without one the browser asks for /favicon.ico, which does not exist.
    '<link rel="icon" type="image/png" href="/icons/icon-192.png">',
    `<link rel="stylesheet" href="${escapeHtml(stylesheet)}">`,
    '</head>',
    '<body>',
    // Someone may come in while she reads this: one tap to the app's calculator, which works offline
    // and needs no script (the app's quick exit also clears the tab's history; a plain page cannot).
    `<p class="x"><a href="/calc">${escapeHtml(tcommon('shell.quickExit'))}</a></p>`,
    '<main>',
    `<h1>${title}</h1>`,
    line(td('emergencyPage.intro')),
    `<nav aria-label="${escapeHtml(td('emergencyPage.countries'))}"><ul>${jumps}</ul></nav>`,
    ...sections,
    `<p class="b"><a href="/">${escapeHtml(td('emergencyPage.app'))}</a></p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
