import { describe, expect, it } from 'vitest';
import { formatCsvField } from './csv';
import { directoryCsvColumns, importDirectoryCsv, slugify } from './directoryCsv';

const header = directoryCsvColumns.join(',');

/** A CSV row from column values; unspecified columns are empty. */
function row(values: Partial<Record<(typeof directoryCsvColumns)[number], string>>): string {
  return directoryCsvColumns.map((column) => formatCsvField(values[column] ?? '')).join(',');
}

const good = {
  name: 'Línea de ejemplo',
  types: 'crisis-line;mental-health',
  phones: '0800-000-000|0800000000|Gratuita; *4141',
  source_urls: 'https://example.org/fuente',
  source_date: '2026-05',
  source_checked: '2026-05-20',
  confidence: 'high',
};

describe('importDirectoryCsv', () => {
  it('turns rows into a valid directory pack', () => {
    const csv = `\uFEFF${header}\r\n${row({ ...good, whatsapp: '+51900000000', always_open: 'sí', languages: 'es;QU', cost: 'Free', tags: 'anonymous', police_involvement: 'no', phone_confirmed: 'yes', website: 'https://example.org' })}\r\n${row({ name: 'Colectivo, Lima', region: 'Lima', types: 'sex-worker-organisation', source_urls: 'https://example.org/a;https://example.org/b', source_checked: '2026-04-01', confidence: 'medium' })}\r\n`;
    const result = importDirectoryCsv(csv, { country: 'pe' });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { pack } = result;
    expect(pack).toMatchObject({
      schemaVersion: 1,
      id: 'directory-pe',
      kind: 'directory',
      title: 'Directory PE',
      country: 'PE',
      locale: 'mul',
    });
    expect(pack.entries[0]).toEqual({
      id: 'linea-de-ejemplo',
      name: 'Línea de ejemplo',
      country: 'PE',
      types: ['crisis-line', 'mental-health'],
      phones: [
        { display: '0800-000-000', dial: '0800000000', label: 'Gratuita' },
        { display: '*4141', dial: '*4141' },
      ],
      whatsapp: ['51900000000'],
      website: 'https://example.org',
      isAlwaysOpen: true,
      languages: ['es', 'qu'],
      cost: 'free',
      tags: ['anonymous'],
      policeInvolvement: 'no',
      source: { urls: ['https://example.org/fuente'], date: '2026-05', checked: '2026-05-20', confidence: 'high', isPhoneConfirmed: true },
    });
    expect(pack.entries[1]).toMatchObject({
      id: 'colectivo-lima',
      name: 'Colectivo, Lima',
      region: 'Lima',
      phones: [],
      cost: 'unknown',
      policeInvolvement: 'unknown',
      tags: [],
      source: { urls: ['https://example.org/a', 'https://example.org/b'], isPhoneConfirmed: false },
    });
  });

  it('accepts columns in any order and only the required ones', () => {
    const csv = 'confidence,source_checked,source_urls,types,name\nhigh,2026-01-31,https://example.org,emergency,Emergencias\n';
    const result = importDirectoryCsv(csv, { country: 'PE', id: 'directorio-pe', title: 'Directorio' });
    expect(result.ok && result.pack.entries[0]?.id).toBe('emergencias');
    expect(result.ok && result.pack.id).toBe('directorio-pe');
  });

  it('makes unique ids from names and keeps given ones', () => {
    expect(slugify('  Línea 100 (Perú)! ')).toBe('linea-100-peru');
    const csv = `${header}\n${row(good)}\n${row(good)}\n${row({ ...good, id: 'mi-id' })}\n`;
    const result = importDirectoryCsv(csv, { country: 'PE' });
    expect(result.ok && result.pack.entries.map((entry) => entry.id)).toEqual(['linea-de-ejemplo', 'linea-de-ejemplo-2', 'mi-id']);
  });

  it('reports every bad cell at once, by row and column', () => {
    const csv = [
      header,
      row(good),
      row({ ...good, types: 'crisis-line;pizza', website: 'http://example.org' }),
      row({ ...good, phones: '0800\u202E000|0800000', always_open: 'maybe' }),
      row({ ...good, source_date: 'May 2026', source_checked: '2026-02-30', confidence: 'low', source_urls: '' }),
      row({ ...good, id: 'linea-de-ejemplo' }),
      'too,few,cells',
    ].join('\n');
    const result = importDirectoryCsv(csv, { country: 'PE' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain(
      'row 3, column types (item 2): Invalid option: expected one of "emergency"|"crisis-line"|"suicide-prevention"|"mental-health"|"violence-against-women"|"sexual-violence"|"legal-aid"|"human-rights"|"health"|"hiv-sexual-health"|"sex-worker-organisation"|"victim-services"|"harm-reduction"',
    );
    expect(result.errors).toContain('row 3, column website: must be an https:// web address');
    expect(result.errors).toContain('row 4, column always_open: "maybe" must be yes or no');
    expect(result.errors).toContain('row 4, column phones (item 1, display): must not contain control or direction-override characters');
    expect(result.errors).toContain('row 5, column source_date: must be YYYY, YYYY-MM or YYYY-MM-DD');
    expect(result.errors).toContain('row 5, column source_checked: must be a date written YYYY-MM-DD');
    expect(result.errors.some((line) => line.startsWith('row 5, column confidence:'))).toBe(true);
    expect(result.errors.some((line) => line.startsWith('row 5, column source_urls:'))).toBe(true);
    expect(result.errors).toContain('row 6, column id: "linea-de-ejemplo" is already used on row 2');
    expect(result.errors).toContain(`row 7: has 3 cells but the header has ${directoryCsvColumns.length}`);
  });

  it('reads a subdivision, what each emergency number sends, and notes or hours in es, en and fr', () => {
    const csv = [
      header,
      row({
        ...good,
        name: 'Emergencias',
        types: 'emergency',
        subdivision: 'pe-lim',
        phones: '106|106|SAMU|ambulance; 116|116||Fire-Rescue; 105|105|PNP|police',
        hours_es: '24 h, los 7 días',
        hours_en: '24 h, 7 days a week',
        hours_fr: '24 h sur 24, 7 jours sur 7',
        notes_es: 'Puede traer a la policía.',
        notes_en: 'May bring the police.',
        notes_fr: 'Peut faire venir la police.',
      }),
      row({ ...good, name: 'Una lengua', notes: 'Solo en español.', hours: 'Lunes a viernes' }),
    ].join('\n');
    const result = importDirectoryCsv(csv, { country: 'PE' });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.pack.entries[0]).toMatchObject({
      subdivision: 'PE-LIM',
      phones: [
        { display: '106', dial: '106', label: 'SAMU', sends: ['ambulance'] },
        { display: '116', dial: '116', sends: ['fire-rescue'] },
        { display: '105', dial: '105', label: 'PNP', sends: ['police'] },
      ],
      hours: { es: '24 h, los 7 días', en: '24 h, 7 days a week', fr: '24 h sur 24, 7 jours sur 7' },
      notes: { es: 'Puede traer a la policía.', en: 'May bring the police.', fr: 'Peut faire venir la police.' },
    });
    expect(result.pack.entries[1]).toMatchObject({ notes: 'Solo en español.', hours: 'Lunes a viernes' });
    expect(result.pack.entries[1]?.subdivision).toBeUndefined();
  });

  it('names the row and column of a bad subdivision, a wrong "sends" and a language missing from notes or hours', () => {
    const csv = [
      header,
      row({ ...good, subdivision: 'CA-QC' }),
      row({ ...good, subdivision: 'PE-TOO-LONG' }),
      row({ ...good, phones: '911|911|Todo|ambulance,taxi' }),
      row({ ...good, notes_es: 'Hola', notes_fr: 'Bonjour' }),
      row({ ...good, notes: 'One language', notes_es: 'Una', notes_en: 'One', notes_fr: 'Une', hours_en: '24/7' }),
      row({ ...good, notes_es: 'x'.repeat(5_001), notes_en: 'ok', notes_fr: 'ok' }),
    ].join('\n');
    const result = importDirectoryCsv(csv, { country: 'PE' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContain('row 2, column subdivision: "CA-QC" is not in PE (expected PE-...)');
    expect(result.errors).toContain('row 3, column subdivision: must be an ISO 3166-2 code such as CA-QC');
    expect(result.errors).toContain(
      'row 4, column phones (item 1, sends): Invalid option: expected one of "ambulance"|"fire-rescue"|"police"',
    );
    expect(result.errors).toContain('row 5, column notes_en: missing; notes_es, notes_en and notes_fr go together');
    expect(result.errors).toContain('row 6, column notes: give either notes (one language) or notes_es, notes_en and notes_fr, not both');
    expect(result.errors).toContain('row 6, column hours_es: missing; hours_es, hours_en and hours_fr go together');
    expect(result.errors).toContain('row 6, column hours_fr: missing; hours_es, hours_en and hours_fr go together');
    expect(result.errors).toContain('row 7, column notes_es: must be at most 2000 characters');
  });

  it('checks the header and the options', () => {
    const result = importDirectoryCsv('name,typo,name\nA,B,C\n', { country: 'Peru', locale: 'es' });
    expect(result.ok ? [] : result.errors).toEqual([
      '--country: "Peru" must be a two-letter country code such as PE',
      `--locale: directory packs use "mul" (entries stay in the country's languages and the app translates the labels), not "es"`,
      `row 1, column 2 "typo": unknown column (known: ${directoryCsvColumns.join(', ')})`,
      'row 1, column 3 "name": the column appears twice',
      'row 1: the required column "types" is missing',
      'row 1: the required column "source_urls" is missing',
      'row 1: the required column "source_checked" is missing',
      'row 1: the required column "confidence" is missing',
    ]);
  });

  it('reports CSV syntax errors with row and line, and empty files', () => {
    expect(importDirectoryCsv(`${header}\n"unclosed,x\n`, { country: 'PE' })).toEqual({
      ok: false,
      errors: ['row 2 (line 2), column 1: a quoted field is never closed'],
    });
    expect(importDirectoryCsv('', { country: 'PE' })).toEqual({ ok: false, errors: ['row 1: the header row is missing'] });
    expect(importDirectoryCsv(`${header}\n\n,,,,,,,,,,,,,,,,,,,\n`, { country: 'PE' })).toEqual({
      ok: false,
      errors: ['the file has no service rows'],
    });
  });
});
