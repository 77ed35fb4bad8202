import { parseCsv } from './csv';
import { duplicateIdProblems } from '../../src/content/verify';
import {
  DirectoryEntrySchema,
  DirectoryPackSchema,
  type DirectoryEntry,
  type DirectoryPack,
  type EmergencyService,
} from '../../src/content/schema';
import { CountryCodeSchema, IdSchema, ShortTextSchema } from '../../src/content/text';

/*
 * A directory pack from a spreadsheet exported as UTF-8 CSV (RFC 4180, header row, BOM allowed).
 * One row per service. Lists inside a cell are separated by semicolons. Columns:
 *
 *   id                  optional; made from the name when empty ("Línea 100" -> "linea-100")
 *   name                required
 *   region              province, state or city; empty means national
 *   subdivision         ISO 3166-2 code of the province or state it serves ("CA-QC"); empty means national
 *   types               required; service types, e.g. "crisis-line;mental-health"
 *   phones              "display|dial|label|sends" items, label and sends optional, dial defaults to display;
 *                       sends says what an emergency number sends, comma-separated (ambulance, fire-rescue, police):
 *                       "0800-999-0091|08009990091|Free line;*4141;106|106|SAMU|ambulance"
 *   sms                 numbers to text, e.g. "+5491127716463"
 *   whatsapp            international numbers, digits only, e.g. "5491127716463"
 *   website             one https:// address
 *   hours               as the source states them, in one language; or hours_es, hours_en and hours_fr together
 *   always_open         yes/no (also true/false, sí/no, oui/non); empty = not stated
 *   languages           ISO 639 codes, e.g. "es;qu"
 *   cost                free, paid or unknown (empty = unknown)
 *   tags                sex-worker-led, trans-friendly, migrant-friendly, always-open, anonymous
 *   police_involvement  yes, no or unknown (empty = unknown)
 *   notes               free text in one language; or notes_es, notes_en and notes_fr together
 *   source_urls         required; https:// addresses where the facts come from
 *   source_date         the source's own date, as precise as it gives it: YYYY, YYYY-MM or YYYY-MM-DD
 *   source_checked      required; YYYY-MM-DD when someone last read the sources and confirmed the entry
 *   confidence          required; high or medium
 *   phone_confirmed     yes/no (empty = no): whether someone called and reached the service
 *
 * Rows are numbered as a spreadsheet numbers them: the header is row 1.
 */

export const directoryCsvColumns = [
  'id',
  'name',
  'region',
  'subdivision',
  'types',
  'phones',
  'sms',
  'whatsapp',
  'website',
  'hours',
  'hours_es',
  'hours_en',
  'hours_fr',
  'always_open',
  'languages',
  'cost',
  'tags',
  'police_involvement',
  'notes',
  'notes_es',
  'notes_en',
  'notes_fr',
  'source_urls',
  'source_date',
  'source_checked',
  'confidence',
  'phone_confirmed',
] as const;
export type DirectoryCsvColumn = (typeof directoryCsvColumns)[number];

export const requiredDirectoryCsvColumns: readonly DirectoryCsvColumn[] = ['name', 'types', 'source_urls', 'source_checked', 'confidence'];

export type DirectoryImportOptions = {
  country: string;
  /** Directory packs hold entries in the country's own languages; only "mul" is accepted. */
  locale?: string;
  id?: string;
  title?: string;
};

export type DirectoryImportResult = { ok: true; pack: DirectoryPack } | { ok: false; errors: string[] };

/** Where each entry field comes from, for error messages. */
const columnOfField: Record<string, DirectoryCsvColumn> = {
  id: 'id',
  name: 'name',
  region: 'region',
  subdivision: 'subdivision',
  types: 'types',
  phones: 'phones',
  sms: 'sms',
  whatsapp: 'whatsapp',
  website: 'website',
  hours: 'hours',
  isAlwaysOpen: 'always_open',
  languages: 'languages',
  cost: 'cost',
  tags: 'tags',
  policeInvolvement: 'police_involvement',
  notes: 'notes',
  urls: 'source_urls',
  date: 'source_date',
  checked: 'source_checked',
  confidence: 'confidence',
  isPhoneConfirmed: 'phone_confirmed',
};

/** Fields that a row gives either in one column (one language) or in three, one per language. */
type PerLanguageField = 'notes' | 'hours';
const languages = ['es', 'en', 'fr'] as const;

const yes = new Set(['yes', 'y', 'true', '1', 'sí', 'si', 'oui']);
const no = new Set(['no', 'n', 'false', '0', 'non']);

function splitList(cell: string): string[] {
  return cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** "Línea 100 (Perú)" -> "linea-100-peru". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');
}

function describeIssuePath(path: readonly PropertyKey[]): { column: string; detail: string } {
  const fields = path.filter((part): part is string => typeof part === 'string');
  const field = path[0] === 'source' ? fields[1] : fields[0];
  // A per-language text's problem belongs to its own column ("notes_fr"), not to "notes".
  const language = fields[1];
  if ((field === 'notes' || field === 'hours') && language !== undefined && (languages as readonly string[]).includes(language)) {
    return { column: `${field}_${language}`, detail: '' };
  }
  const column = (field !== undefined ? columnOfField[field] : undefined) ?? 'row';
  const itemIndex = path.find((part) => typeof part === 'number');
  const subField = path[0] === 'source' ? undefined : fields[1];
  const parts = [itemIndex === undefined ? undefined : `item ${itemIndex + 1}`, subField].filter((part) => part !== undefined);
  return { column, detail: parts.length > 0 ? ` (${parts.join(', ')})` : '' };
}

export function importDirectoryCsv(text: string, options: DirectoryImportOptions): DirectoryImportResult {
  const errors: string[] = [];
  const country = options.country.toUpperCase();
  if (!CountryCodeSchema.safeParse(country).success)
    errors.push(`--country: ${JSON.stringify(options.country)} must be a two-letter country code such as PE`);
  if (options.locale !== undefined && options.locale !== 'mul') {
    errors.push(
      `--locale: directory packs use "mul" (entries stay in the country's languages and the app translates the labels), not ${JSON.stringify(options.locale)}`,
    );
  }
  const packId = options.id ?? `directory-${country.toLowerCase()}`;
  if (!IdSchema.safeParse(packId).success) errors.push(`--id: ${JSON.stringify(packId)} must be lowercase letters, digits or dashes`);
  const title = options.title ?? `Directory ${country}`;
  if (!ShortTextSchema.safeParse(title).success) errors.push('--title: must be plain text of at most 200 characters');

  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, errors: [...errors, `row ${parsed.row} (line ${parsed.line}), ${parsed.message}`] };
  const [header, ...rows] = parsed.records;
  if (!header || header.cells.every((cell) => cell.trim() === ''))
    return { ok: false, errors: [...errors, 'row 1: the header row is missing'] };

  const columns = header.cells.map((cell) => cell.trim().toLowerCase());
  const known = new Set<string>(directoryCsvColumns);
  columns.forEach((name, index) => {
    if (!known.has(name))
      errors.push(`row 1, column ${index + 1} ${JSON.stringify(name)}: unknown column (known: ${directoryCsvColumns.join(', ')})`);
    if (columns.indexOf(name) !== index) errors.push(`row 1, column ${index + 1} ${JSON.stringify(name)}: the column appears twice`);
  });
  for (const required of requiredDirectoryCsvColumns) {
    if (!columns.includes(required)) errors.push(`row 1: the required column "${required}" is missing`);
  }
  if (errors.length > 0) return { ok: false, errors };

  const entries: DirectoryEntry[] = [];
  const usedIds = new Map<string, number>();
  for (const record of rows) {
    if (record.cells.every((cell) => cell.trim() === '')) continue;
    const at = (column: string) => `row ${record.row}, column ${column}`;
    if (record.cells.length !== columns.length) {
      errors.push(`row ${record.row}: has ${record.cells.length} cells but the header has ${columns.length}`);
      continue;
    }
    const cell = (column: DirectoryCsvColumn): string => {
      const index = columns.indexOf(column);
      return index < 0 ? '' : (record.cells[index] ?? '').trim();
    };
    const rowErrors: string[] = [];
    const flag = (column: DirectoryCsvColumn): boolean | undefined => {
      const value = cell(column).toLowerCase();
      if (value === '') return undefined;
      if (yes.has(value)) return true;
      if (no.has(value)) return false;
      rowErrors.push(`${at(column)}: ${JSON.stringify(cell(column))} must be yes or no`);
      return undefined;
    };

    const phones = splitList(cell('phones')).map((item) => {
      const [display = '', dial, label, sends] = item.split('|').map((part) => part.trim());
      if (item.split('|').length > 4) rowErrors.push(`${at('phones')}: ${JSON.stringify(item)} has more than display|dial|label|sends`);
      const phone: DirectoryEntry['phones'][number] = {
        display,
        dial: dial === undefined || dial === '' ? display.replace(/[\s().-]/g, '') : dial,
      };
      if (label !== undefined && label !== '') phone.label = label;
      if (sends !== undefined && sends !== '') {
        // Unchecked cast: DirectoryEntrySchema checks every value below and names a wrong one with its item,
        // e.g. "column phones (item 2, sends)".
        phone.sends = sends.split(',').map((service) => service.trim().toLowerCase()) as EmergencyService[];
      }
      return phone;
    });

    /** One-language text from `field`, or {es, en, fr} from field_es/_en/_fr; undefined when the row gives none. */
    const localized = (field: PerLanguageField) => {
      const plain = cell(field);
      const perLanguage = languages.map((language) => cell(`${field}_${language}` as DirectoryCsvColumn));
      const given = perLanguage.filter((text) => text !== '').length;
      if (given === 0) return plain === '' ? undefined : plain;
      if (plain !== '')
        rowErrors.push(`${at(field)}: give either ${field} (one language) or ${field}_es, ${field}_en and ${field}_fr, not both`);
      languages.forEach((language, index) => {
        if (perLanguage[index] === '')
          rowErrors.push(`${at(`${field}_${language}`)}: missing; ${field}_es, ${field}_en and ${field}_fr go together`);
      });
      return { es: perLanguage[0] ?? '', en: perLanguage[1] ?? '', fr: perLanguage[2] ?? '' };
    };
    const subdivision = cell('subdivision').toUpperCase();
    if (subdivision !== '' && country !== '' && !subdivision.startsWith(`${country}-`)) {
      rowErrors.push(`${at('subdivision')}: ${JSON.stringify(subdivision)} is not in ${country} (expected ${country}-...)`);
    }

    const name = cell('name');
    let id = cell('id');
    if (id === '') {
      const base = slugify(name) || `entry-${record.row}`;
      id = base;
      for (let suffix = 2; usedIds.has(id); suffix++) id = `${base}-${suffix}`;
    } else if (usedIds.has(id)) {
      rowErrors.push(`${at('id')}: ${JSON.stringify(id)} is already used on row ${usedIds.get(id) ?? '?'}`);
    }
    usedIds.set(id, record.row);

    const isAlwaysOpen = flag('always_open');
    const isPhoneConfirmed = flag('phone_confirmed') ?? false;
    const optional = (value: string | string[] | boolean | undefined) =>
      value === undefined || value === '' || (Array.isArray(value) && value.length === 0) ? undefined : value;
    const withGaps: Record<string, unknown> = {
      id,
      name,
      country,
      region: optional(cell('region')),
      subdivision: optional(subdivision),
      types: splitList(cell('types')),
      phones,
      sms: optional(splitList(cell('sms'))),
      whatsapp: optional(splitList(cell('whatsapp')).map((number) => number.replace(/^\+/, ''))),
      website: optional(cell('website')),
      hours: localized('hours'),
      isAlwaysOpen,
      languages: optional(splitList(cell('languages')).map((code) => code.toLowerCase())),
      cost: cell('cost').toLowerCase() || 'unknown',
      tags: splitList(cell('tags')),
      policeInvolvement: cell('police_involvement').toLowerCase() || 'unknown',
      notes: localized('notes'),
      source: {
        urls: splitList(cell('source_urls')),
        ...(cell('source_date') === '' ? {} : { date: cell('source_date') }),
        checked: cell('source_checked'),
        confidence: cell('confidence').toLowerCase(),
        isPhoneConfirmed,
      },
    };
    const candidate = Object.fromEntries(Object.entries(withGaps).filter(([, value]) => value !== undefined));

    const result = DirectoryEntrySchema.safeParse(candidate);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const { column, detail } = describeIssuePath(issue.path);
        rowErrors.push(`${at(column)}${detail}: ${issue.message}`);
      }
    }
    errors.push(...rowErrors);
    if (result.success && rowErrors.length === 0) entries.push(result.data);
  }
  if (errors.length > 0) return { ok: false, errors };

  const packResult = DirectoryPackSchema.safeParse({
    schemaVersion: 1,
    id: packId,
    kind: 'directory',
    title,
    country,
    locale: 'mul',
    entries,
  });
  if (!packResult.success) {
    return {
      ok: false,
      errors: packResult.error.issues.map((issue) =>
        issue.path[0] === 'entries' && issue.path.length === 1
          ? 'the file has no service rows'
          : `${issue.path.join('.')}: ${issue.message}`,
      ),
    };
  }
  const duplicates = duplicateIdProblems(packResult.data);
  if (duplicates.length > 0) return { ok: false, errors: duplicates.map((found) => found.message) };
  return { ok: true, pack: packResult.data };
}
