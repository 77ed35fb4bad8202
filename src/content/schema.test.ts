import { describe, expect, it } from 'vitest';
import { articlePack, directoryPack, exercisePack, guidePack, scriptPack } from '../../tests/fixtures/packs/samplePacks';
import { GuidePackSchema, ManifestSchema, PackSchema, groupPartIds, maxPackBytes, type Manifest, type ManifestPackEntry } from './schema';

/** The messages of a failed parse, each prefixed with its path, for readable assertions. */
function problemsOf(value: unknown): string[] {
  const result = PackSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const hasProblemAt = (value: unknown, path: string) => problemsOf(value).some((found) => found.startsWith(`${path}:`));

describe('every pack kind', () => {
  it.each([scriptPack(), exercisePack(), guidePack(), directoryPack(), articlePack()])('a valid $kind pack parses', (pack) => {
    expect(problemsOf(pack)).toEqual([]);
  });

  it('refuses an unknown kind, a missing kind and other schema versions', () => {
    expect(hasProblemAt({ ...exercisePack(), kind: 'video' }, 'kind')).toBe(true);
    expect(PackSchema.safeParse({ ...exercisePack(), kind: undefined }).success).toBe(false);
    expect(hasProblemAt({ ...exercisePack(), schemaVersion: 2 }, 'schemaVersion')).toBe(true);
  });

  it('refuses unknown fields anywhere (strict objects)', () => {
    expect(problemsOf({ ...exercisePack(), extra: 1 })).toContain(': Unrecognized key: "extra"');
    const script = scriptPack();
    expect(hasProblemAt({ ...script, steps: script.steps.map((step) => ({ ...step, onclick: 'x' })) }, 'steps.0')).toBe(true);
  });

  it('checks the pack id and title', () => {
    expect(hasProblemAt({ ...exercisePack(), id: 'Bad Id' }, 'id')).toBe(true);
    expect(hasProblemAt({ ...exercisePack(), title: '<b>x</b>' }, 'title')).toBe(true);
  });
});

describe('pfa-script', () => {
  const withStep = (index: number, change: Record<string, unknown>) => {
    const pack = scriptPack();
    return { ...pack, steps: pack.steps.map((step, at) => (at === index ? { ...step, ...change } : step)) };
  };

  it('needs 2 to 200 steps', () => {
    const pack = scriptPack();
    expect(hasProblemAt({ ...pack, steps: pack.steps.slice(0, 1) }, 'steps')).toBe(true);
    const many = Array.from({ length: 201 }, (_, index) => ({ id: `s${index}`, type: 'end', phase: 'close', text: 'x' }));
    expect(hasProblemAt({ ...pack, steps: many }, 'steps')).toBe(true);
  });

  it('a choice has 2 to 6 options', () => {
    const option = (id: string) => ({ id, label: id, next: 'close' });
    expect(problemsOf(withStep(0, { options: [option('a')] }))).toContain('steps.0.options: a choice needs at least 2 options');
    expect(problemsOf(withStep(0, { options: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(option) }))).toContain(
      'steps.0.options: a choice may have at most 6 options',
    );
  });

  it('a timer runs 5 to 1800 seconds and names its exercise by id', () => {
    expect(hasProblemAt(withStep(1, { seconds: 4 }), 'steps.1.seconds')).toBe(true);
    expect(hasProblemAt(withStep(1, { seconds: 1801 }), 'steps.1.seconds')).toBe(true);
    expect(hasProblemAt(withStep(1, { seconds: 6.5 }), 'steps.1.seconds')).toBe(true);
    expect(hasProblemAt(withStep(1, { exercise: '../x' }), 'steps.1.exercise')).toBe(true);
  });

  it('a checklist has 1 to 12 items and a link step 1 to 8 known service types', () => {
    expect(hasProblemAt(withStep(3, { items: [] }), 'steps.3.items')).toBe(true);
    expect(hasProblemAt(withStep(3, { items: Array.from({ length: 13 }, () => 'x') }), 'steps.3.items')).toBe(true);
    expect(hasProblemAt(withStep(4, { needs: [] }), 'steps.4.needs')).toBe(true);
    expect(hasProblemAt(withStep(4, { needs: ['pizza'] }), 'steps.4.needs.0')).toBe(true);
  });

  it('an end step has no next, other steps need one', () => {
    expect(hasProblemAt(withStep(5, { next: 'safety' }), 'steps.5')).toBe(true);
    const pack = scriptPack();
    const step = pack.steps[2];
    if (step?.type !== 'ask') throw new Error('fixture changed');
    const withoutNext = Object.fromEntries(Object.entries(step).filter(([key]) => key !== 'next'));
    expect(hasProblemAt({ ...pack, steps: [pack.steps[0], pack.steps[1], withoutNext, ...pack.steps.slice(3)] }, 'steps.2.next')).toBe(
      true,
    );
  });

  it('a step has a known type, phase and crisis type', () => {
    expect(problemsOf(withStep(2, { type: 'video' })).length).toBeGreaterThan(0);
    expect(hasProblemAt(withStep(2, { phase: 'later' }), 'steps.2.phase')).toBe(true);
    expect(hasProblemAt({ ...scriptPack(), crisisType: 'boredom' }, 'crisisType')).toBe(true);
  });
});

describe('guide', () => {
  it('a drill has exactly one best option', () => {
    const pack = guidePack();
    const drill = pack.drills?.[0];
    if (!drill) throw new Error('fixture changed');
    const allBest = { ...drill, options: drill.options.map((option) => ({ ...option, isBest: true })) };
    expect(problemsOf({ ...pack, drills: [allBest] })).toContain('drills.0.options: a drill needs exactly one best option');
    const noneBest = { ...drill, options: drill.options.map((option) => ({ ...option, isBest: false })) };
    expect(problemsOf({ ...pack, drills: [noneBest] })).toContain('drills.0.options: a drill needs exactly one best option');
  });

  it('checks category, order and sections', () => {
    expect(hasProblemAt({ ...guidePack(), category: 'blog' }, 'category')).toBe(true);
    expect(hasProblemAt({ ...guidePack(), order: 0 }, 'order')).toBe(true);
    expect(hasProblemAt({ ...guidePack(), sections: [] }, 'sections')).toBe(true);
    expect(hasProblemAt({ ...guidePack(), sections: [{ id: 'a', heading: 'H', body: 'a'.repeat(20_001) }] }, 'sections.0.body')).toBe(true);
  });
});

describe('directory', () => {
  const entry = () => {
    const first = directoryPack().entries[0];
    if (!first) throw new Error('fixture changed');
    return first;
  };
  const withEntry = (change: Record<string, unknown>) => ({ ...directoryPack(), entries: [{ ...entry(), ...change }] });

  it('is multilingual ("mul") with at least one entry', () => {
    expect(hasProblemAt({ ...directoryPack(), locale: 'es' }, 'locale')).toBe(true);
    expect(hasProblemAt({ ...directoryPack(), entries: [] }, 'entries')).toBe(true);
    expect(hasProblemAt({ ...directoryPack(), country: 'pe' }, 'country')).toBe(true);
  });

  it('checks phones, SMS and WhatsApp numbers', () => {
    expect(hasProblemAt(withEntry({ phones: [{ display: '0800', dial: 'tel:0800' }] }), 'entries.0.phones.0.dial')).toBe(true);
    expect(
      hasProblemAt(withEntry({ phones: Array.from({ length: 7 }, () => ({ display: '112', dial: '112' })) }), 'entries.0.phones'),
    ).toBe(true);
    expect(hasProblemAt(withEntry({ sms: ['12a'] }), 'entries.0.sms.0')).toBe(true);
    expect(hasProblemAt(withEntry({ whatsapp: ['+54911'] }), 'entries.0.whatsapp.0')).toBe(true);
  });

  it('checks the website, types, tags, languages, cost and police involvement', () => {
    expect(hasProblemAt(withEntry({ website: 'http://example.org' }), 'entries.0.website')).toBe(true);
    expect(hasProblemAt(withEntry({ types: [] }), 'entries.0.types')).toBe(true);
    expect(hasProblemAt(withEntry({ tags: ['verified'] }), 'entries.0.tags.0')).toBe(true);
    expect(hasProblemAt(withEntry({ languages: ['ES'] }), 'entries.0.languages.0')).toBe(true);
    expect(hasProblemAt(withEntry({ cost: 'cheap' }), 'entries.0.cost')).toBe(true);
    expect(hasProblemAt(withEntry({ policeInvolvement: 'maybe' }), 'entries.0.policeInvolvement')).toBe(true);
  });

  it('every entry cites a source, when it was checked and a confidence', () => {
    const source = entry().source;
    expect(hasProblemAt(withEntry({ source: { ...source, urls: [] } }), 'entries.0.source.urls')).toBe(true);
    expect(problemsOf(withEntry({ source: { ...source, date: 'May 2026' } }))).toContain(
      'entries.0.source.date: must be YYYY, YYYY-MM or YYYY-MM-DD',
    );
    expect(hasProblemAt(withEntry({ source: { ...source, confidence: 'low' } }), 'entries.0.source.confidence')).toBe(true);
    expect(problemsOf(withEntry({ source: { ...source, checked: '2026-05' } }))).toContain(
      'entries.0.source.checked: must be a date written YYYY-MM-DD',
    );
    const undated = Object.fromEntries(Object.entries(source).filter(([key]) => key !== 'date'));
    expect(problemsOf(withEntry({ source: undated }))).toEqual([]);
  });
});

describe('exercise and article', () => {
  it('checks exercise steps, pace and rounds', () => {
    const pack = exercisePack();
    expect(hasProblemAt({ ...pack, steps: [] }, 'steps')).toBe(true);
    expect(hasProblemAt({ ...pack, steps: [{ id: 'a', text: 'x', seconds: 601 }] }, 'steps.0.seconds')).toBe(true);
    expect(hasProblemAt({ ...pack, steps: [{ id: 'a', text: 'x', seconds: 5, pace: 'fast' }] }, 'steps.0.pace')).toBe(true);
    expect(hasProblemAt({ ...pack, rounds: 31 }, 'rounds')).toBe(true);
    expect(hasProblemAt({ ...pack, exerciseType: 'yoga' }, 'exerciseType')).toBe(true);
  });

  it('an article cites at least one source with an https address', () => {
    expect(problemsOf({ ...articlePack(), sources: [] })).toContain('sources: an article needs at least one source');
    expect(hasProblemAt({ ...articlePack(), sources: [{ title: 'x', url: 'data:,x', date: '2026' }] }, 'sources.0.url')).toBe(true);
    expect(hasProblemAt({ ...articlePack(), topic: 'gossip' }, 'topic')).toBe(true);
  });
});

describe('manifest', () => {
  const entry = (id: string, change: Partial<ManifestPackEntry> = {}): ManifestPackEntry => ({
    id,
    kind: 'exercise',
    locale: 'es',
    title: 'T',
    version: 1,
    length: 10,
    sha256: 'a'.repeat(64),
    path: `packs/${id}.json`,
    ...change,
  });
  const manifest = (change: Partial<Manifest> = {}): Manifest => ({
    schemaVersion: 1,
    sourceId: 'src',
    version: 1,
    published: '2026-01-01T00:00:00Z',
    expires: '2026-07-01T00:00:00Z',
    packs: [entry('a')],
    ...change,
  });
  const manifestProblems = (value: unknown) => {
    const result = ManifestSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('accepts a valid manifest, including a directory entry with locale "mul"', () => {
    expect(manifestProblems(manifest({ packs: [entry('a'), entry('d', { kind: 'directory', locale: 'mul', country: 'PE' })] }))).toEqual(
      [],
    );
  });

  it('refuses duplicate pack ids and paths', () => {
    expect(manifestProblems(manifest({ packs: [entry('a'), entry('a', { path: 'packs/b.json' })] }))).toContain(
      'packs.1.id: duplicate pack id a',
    );
    expect(manifestProblems(manifest({ packs: [entry('a'), entry('b', { path: 'packs/a.json' })] }))).toContain(
      'packs.1.path: duplicate pack path packs/a.json',
    );
  });

  it('needs expiry after publication', () => {
    expect(manifestProblems(manifest({ expires: '2026-01-01T00:00:00Z' }))).toContain('expires: must be later than published');
  });

  it.each([
    'packs/../x.json',
    '../x.json',
    '/packs/x.json',
    'packs/a/b.json',
    'https://evil.example/x.json',
    'packs/X.json',
    'packs/x.js',
    'packs/.x.json',
  ])('refuses the pack path %s', (path) => {
    expect(manifestProblems(manifest({ packs: [entry('a', { path })] }))).toContain('packs.0.path: must be packs/<name>.json');
  });

  it('checks hashes, lengths and versions', () => {
    expect(manifestProblems(manifest({ packs: [entry('a', { sha256: 'A'.repeat(64) })] }))).toContain(
      'packs.0.sha256: must be 64 lowercase hex characters',
    );
    expect(
      manifestProblems(manifest({ packs: [entry('a', { length: maxPackBytes + 1 })] })).some((found) => found.startsWith('packs.0.length')),
    ).toBe(true);
    expect(manifestProblems(manifest({ packs: [entry('a', { length: 1 })] })).some((found) => found.startsWith('packs.0.length'))).toBe(
      true,
    );
    expect(manifestProblems(manifest({ version: 0 })).some((found) => found.startsWith('version'))).toBe(true);
    expect(manifestProblems(manifest({ version: 1.5 })).some((found) => found.startsWith('version'))).toBe(true);
  });

  it('lists at most 1000 packs', () => {
    const packs = Array.from({ length: 1001 }, (_, index) => entry(`p${index}`));
    expect(manifestProblems(manifest({ packs })).some((found) => found.startsWith('packs:'))).toBe(true);
  });
});

describe('group guides', () => {
  const part = (id: string, minutes?: number) => ({
    id,
    heading: 'Part',
    body: 'What the facilitator does.',
    ...(minutes ? { minutes } : {}),
  });
  const group = (sections: object[]) => ({
    schemaVersion: 1,
    id: 'guide-group-test-en',
    kind: 'guide',
    locale: 'en',
    title: 'Group session: test',
    category: 'group',
    order: 1,
    summary: 'A test group.',
    reminder: 'Go slow.',
    sections,
    sources: [{ title: 'WHO', url: 'https://www.who.int/', date: '2011' }],
  });

  it('accepts a theme with its own four parts, each with minutes', () => {
    expect(GuidePackSchema.safeParse(group(groupPartIds.map((id) => part(id, 10)))).success).toBe(true);
  });

  it('refuses a part without minutes, a missing part, or the shared parts copied in', () => {
    expect(GuidePackSchema.safeParse(group(groupPartIds.map((id, index) => part(id, index === 2 ? undefined : 10)))).success).toBe(false);
    expect(GuidePackSchema.safeParse(group(groupPartIds.slice(1).map((id) => part(id, 10)))).success).toBe(false);
    expect(GuidePackSchema.safeParse(group([part('ground-rules', 10), ...groupPartIds.map((id) => part(id, 10))])).success).toBe(false);
  });
});
