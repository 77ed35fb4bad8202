import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allSamplePacks, exercisePack, scriptPack } from '../../tests/fixtures/packs/samplePacks';
import { ManifestSchema } from '../../src/content/schema';
import { DirectoryPackSchema } from '../../src/content/schema';
import { directoryCsvColumns } from './directoryCsv';
import { formatCsvField } from './csv';
import { buildPacks } from './buildPacks';
import { runCli } from './cliMain';
import { builtInPacksPlugin } from './vitePlugin';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'packs-cli-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

async function freshDir(name: string): Promise<string> {
  const directory = path.join(work, name);
  await mkdir(directory, { recursive: true });
  return directory;
}

async function writeSources(directory: string, packs = allSamplePacks()): Promise<void> {
  await mkdir(path.join(directory, 'nested'), { recursive: true });
  for (const pack of packs) {
    const file = pack.kind === 'directory' ? path.join(directory, 'nested', `${pack.id}.json`) : path.join(directory, `${pack.id}.json`);
    await writeFile(file, JSON.stringify(pack, null, 2));
  }
}

const readManifest = async (outDir: string) => ManifestSchema.parse(JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')));

describe('keygen', () => {
  it('writes a key pair with clear names and refuses to overwrite it', async () => {
    const keys = await freshDir('keygen');
    const first = await cli('keygen', '--out', keys, '--name', 'org');
    expect(first.code).toBe(0);
    expect(first.out[1]).toMatch(/^Key fingerprint: ([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect((await readFile(path.join(keys, 'org-public.key'), 'utf8')).trim()).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect((await stat(path.join(keys, 'org-private.key'))).mode & 0o077).toBe(0);
    const before = await readFile(path.join(keys, 'org-private.key'), 'utf8');
    const second = await cli('keygen', '--out', keys, '--name', 'org');
    expect(second.code).toBe(1);
    expect(second.err[0]).toContain('already exists; refusing to overwrite');
    expect(await readFile(path.join(keys, 'org-private.key'), 'utf8')).toBe(before);
  });

  it('defaults the name to "source"', async () => {
    const keys = await freshDir('keygen-default');
    expect((await cli('keygen', '--out', keys)).code).toBe(0);
    expect((await readdir(keys)).sort()).toEqual(['source-private.key', 'source-public.key']);
  });
});

describe('build and verify', () => {
  let keys: string;
  beforeAll(async () => {
    keys = await freshDir('keys');
    await cli('keygen', '--out', keys);
  });
  const privateKey = () => path.join(keys, 'source-private.key');
  const publicKey = () => path.join(keys, 'source-public.key');

  it('round trip: build writes a release that verify accepts', async () => {
    const src = await freshDir('round-trip-src');
    const out = path.join(work, 'round-trip-out');
    await writeSources(src);
    const built = await cli('build', '--src', src, '--out', out, '--key', privateKey(), '--expires-days', '30', '--source-id', 'my-org');
    expect(built.code, built.err.join('\n')).toBe(0);
    expect(built.out[0]).toMatch(/^Built manifest version \d+ \(source "my-org"\) with 5 pack\(s\)/);
    expect((await readdir(out)).sort()).toEqual(['manifest.json', 'manifest.json.sig', 'packs']);
    expect((await readdir(path.join(out, 'packs'))).sort()).toEqual(
      allSamplePacks()
        .map((pack) => `${pack.id}.json`)
        .sort(),
    );
    const manifest = await readManifest(out);
    expect(manifest.sourceId).toBe('my-org');
    expect(Date.parse(manifest.expires) - Date.parse(manifest.published)).toBe(30 * 86_400_000);
    const lock = JSON.parse(await readFile(path.join(src, 'packs.lock.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(lock).sort()).toEqual(manifest.packs.map((entry) => entry.id).sort());

    const verified = await cli('verify', out, '--public-key', publicKey());
    expect(verified.code, verified.out.join('\n')).toBe(0);
    expect(verified.out[0]).toMatch(/^OK: manifest version \d+ from source "my-org", 5 pack\(s\) verified/);
    // The manifest.json path itself is accepted too.
    expect((await cli('verify', path.join(out, 'manifest.json'), '--public-key', publicKey())).code).toBe(0);
  });

  it('verify refuses a release signed by another key, and a tampered pack', async () => {
    const src = await freshDir('tamper-src');
    const out = path.join(work, 'tamper-out');
    await writeSources(src);
    expect((await cli('build', '--src', src, '--out', out, '--key', privateKey())).code).toBe(0);
    const otherKeys = await freshDir('other-keys');
    await cli('keygen', '--out', otherKeys);
    const wrongKey = await cli('verify', out, '--public-key', path.join(otherKeys, 'source-public.key'));
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.out).toEqual([
      'manifest: the signature does not match manifest.json for any trusted key (wrong key, or the file was changed) [signature-invalid]',
    ]);
    // Either trusted key will do.
    expect((await cli('verify', out, '--public-key', path.join(otherKeys, 'source-public.key'), '--public-key', publicKey())).code).toBe(0);

    const packFile = path.join(out, 'packs', 'breathing-slow-es.json');
    await writeFile(packFile, (await readFile(packFile, 'utf8')).replace('Inhala', 'Inhalo'));
    const tampered = await cli('verify', out, '--public-key', publicKey());
    expect(tampered.code).toBe(1);
    expect(tampered.out).toEqual([
      'breathing-slow-es: packs/breathing-slow-es.json: SHA-256 does not match the manifest (the file was changed or damaged) [pack-hash-mismatch]',
    ]);
  });

  it('build reports every problem in every file at once, with file and path, and writes nothing', async () => {
    const src = await freshDir('bad-src');
    const out = path.join(work, 'bad-out');
    await writeSources(src);
    const script = scriptPack();
    script.steps[3] = { ...script.steps[3], next: 'ghost' } as (typeof script.steps)[number];
    await writeFile(path.join(src, 'pfa-general-distress-es.json'), JSON.stringify(script));
    await writeFile(path.join(src, 'nested', 'broken.json'), '{"schemaVersion": 1,');
    await writeFile(
      path.join(src, 'breathing-slow-es.json'),
      JSON.stringify({ ...exercisePack(), summary: 'Hola <img src=x onerror=alert(1)>' }),
    );
    const result = await cli('build', '--src', src, '--out', out, '--key', privateKey());
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${path.join(src, 'pfa-general-distress-es.json')}: steps[3].next: points to missing step "ghost"`);
    expect(result.err).toContain(
      `${path.join(src, 'nested', 'broken.json')}: not valid JSON: it ends before every string and bracket is closed (cut off?)`,
    );
    expect(result.err).toContain(
      `${path.join(src, 'breathing-slow-es.json')}: summary: must be plain text: HTML, entities or script are not allowed`,
    );
    expect(result.err.at(-1)).toMatch(/^\d+ problem\(s\); nothing was written\.$/);
    await expect(stat(out)).rejects.toThrow();
    await expect(stat(path.join(src, 'packs.lock.json'))).rejects.toThrow();
  });

  it('pack versions change only when content changes, and the manifest version always rises', async () => {
    const src = await freshDir('versions-src');
    const out = path.join(work, 'versions-out');
    await writeSources(src);
    const now = new Date('2026-04-01T10:00:00Z');
    const build = (at: Date) => buildPacks({ srcDir: src, outDir: out, privateKeyFile: privateKey(), now: at });

    const first = await build(now);
    if (!first.ok) throw new Error(JSON.stringify(first.problems));
    expect(first.manifest.packs.every((entry) => entry.version === 1)).toBe(true);

    // Same content, same minute: every pack keeps its version, the manifest still goes up.
    const second = await build(now);
    if (!second.ok) throw new Error('expected ok');
    expect(second.changedPackIds).toEqual([]);
    expect(second.manifest.packs.map((entry) => [entry.id, entry.version, entry.sha256])).toEqual(
      first.manifest.packs.map((entry) => [entry.id, entry.version, entry.sha256]),
    );
    expect(second.manifest.version).toBe(first.manifest.version + 1);

    // Reformatting a source does not change its canonical bytes.
    const exerciseFile = path.join(src, 'breathing-slow-es.json');
    await writeFile(exerciseFile, JSON.stringify(exercisePack()));
    const reformatted = await build(now);
    expect(reformatted.ok && reformatted.changedPackIds).toEqual([]);

    // Changing one pack bumps only that pack.
    await writeFile(exerciseFile, JSON.stringify({ ...exercisePack(), rounds: 7 }));
    const third = await build(new Date('2026-04-01T10:05:00Z'));
    if (!third.ok) throw new Error('expected ok');
    expect(third.changedPackIds).toEqual(['breathing-slow-es']);
    const versions = Object.fromEntries(third.manifest.packs.map((entry) => [entry.id, entry.version]));
    expect(versions['breathing-slow-es']).toBe(2);
    expect(Object.values(versions).filter((version) => version === 1)).toHaveLength(4);
    expect(third.manifest.version).toBeGreaterThan(reformatted.ok ? reformatted.manifest.version : Infinity);

    // A fresh clone (no previous output) still publishes a higher manifest version, and the lock keeps pack versions.
    await rm(out, { recursive: true });
    const fresh = await build(new Date('2026-04-01T11:00:00Z'));
    if (!fresh.ok) throw new Error('expected ok');
    expect(fresh.manifest.version).toBeGreaterThan(third.manifest.version);
    expect(fresh.manifest.packs.find((entry) => entry.id === 'breathing-slow-es')?.version).toBe(2);
  });

  it('removes pack files of packs no longer built, so the directory verifies', async () => {
    const src = await freshDir('removed-src');
    const out = path.join(work, 'removed-out');
    await writeSources(src);
    expect((await cli('build', '--src', src, '--out', out, '--key', privateKey())).code).toBe(0);
    await rm(path.join(src, 'nested'), { recursive: true });
    expect((await cli('build', '--src', src, '--out', out, '--key', privateKey())).code).toBe(0);
    expect(await readdir(path.join(out, 'packs'))).not.toContain('directory-pe.json');
    expect((await cli('verify', out, '--public-key', publicKey())).code).toBe(0);
  });

  it('verify reports stray and missing pack files, and rollback against --min-version and --installed', async () => {
    const src = await freshDir('stray-src');
    const out = path.join(work, 'stray-out');
    await writeSources(src);
    expect((await cli('build', '--src', src, '--out', out, '--key', privateKey())).code).toBe(0);
    const manifest = await readManifest(out);
    await writeFile(path.join(out, 'packs', 'stray.json'), '{}');
    await rm(path.join(out, 'packs', 'rights-pe-es.json'));
    const result = await cli('verify', out, '--public-key', publicKey());
    expect(result.code).toBe(1);
    expect(result.out).toEqual([
      'rights-pe-es: packs/rights-pe-es.json is listed in the manifest but missing [pack-missing]',
      'manifest: packs/stray.json is present but not listed in the manifest [pack-not-in-manifest]',
    ]);

    const rollback = await cli('verify', out, '--public-key', publicKey(), '--min-version', String(manifest.version + 1));
    expect(rollback.out).toEqual([
      `manifest: version: ${manifest.version} is older than the installed version ${manifest.version + 1} [manifest-rollback]`,
    ]);

    const installed = path.join(work, 'installed.json');
    await writeFile(
      installed,
      JSON.stringify({ manifestVersion: 1, packs: [{ id: 'breathing-slow-es', version: 9, sha256: '0'.repeat(64) }] }),
    );
    const packRollback = await cli('verify', out, '--public-key', publicKey(), '--installed', installed);
    expect(packRollback.out).toEqual([
      expect.stringMatching(/^breathing-slow-es: packs\[\d+\]\.version: 1 is older than the installed version 9 \[pack-rollback\]$/),
    ]);
  });

  it('verify reads a release over http, and stops reading an endless pack', async () => {
    const src = await freshDir('http-src');
    const out = path.join(work, 'http-out');
    await writeSources(src, [exercisePack()]);
    expect((await cli('build', '--src', src, '--out', out, '--key', privateKey())).code).toBe(0);
    let endless = false;
    const server: Server = createServer((request, response) => {
      const url = request.url ?? '/';
      if (endless && url === '/release/packs/breathing-slow-es.json') {
        // Never ends on its own: the verifier must stop after the stated length.
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        const pump = () => {
          while (response.write(chunk)) {
            /* keep writing until the socket pushes back */
          }
        };
        response.on('drain', pump);
        request.on('close', () => response.destroy());
        pump();
        return;
      }
      const file = path.join(out, decodeURIComponent(url.replace(/^\/release\//, '')));
      readFile(file).then(
        (bytes) => response.end(bytes),
        () => {
          response.statusCode = 404;
          response.end();
        },
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('no port');
      const base = `http://127.0.0.1:${address.port}/release/`;
      const ok = await cli('verify', base, '--public-key', publicKey());
      expect(ok.code, ok.out.join('\n')).toBe(0);
      endless = true;
      const endlessResult = await cli('verify', base, '--public-key', publicKey());
      expect(endlessResult.out).toEqual([
        expect.stringMatching(
          /^breathing-slow-es: packs\/breathing-slow-es\.json is longer than the \d+ bytes the manifest states \[pack-length-mismatch\]$/,
        ),
      ]);
      const missing = await cli('verify', `http://127.0.0.1:${address.port}/nothing/`, '--public-key', publicKey());
      expect(missing.out).toEqual(['manifest: manifest.json is missing [manifest-missing]']);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 20_000);

  it('explains command-line mistakes in one line, without a stack trace', async () => {
    const identityKey = path.join(work, 'identity.key');
    await writeFile(identityKey, 'AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n');
    const cases: [string[], RegExp][] = [
      [['verify'], /^error: verify takes exactly one directory or URL$/],
      [['verify', work], /^error: --public-key is required$/],
      [['verify', work, '--public-key', path.join(work, 'nope.key')], /is not a public key file/],
      // The identity point (RFC 8032 encoding 01 00 ... 00): small order, it would accept forged signatures.
      [['verify', work, '--public-key', identityKey], /identity\.key cannot be trusted: the key is a weak \(small-order\) point/],
      [['verify', 'ftp://example.org/', '--public-key', publicKey()], /only http:\/\/ and https:\/\/ URLs/],
      [['build', '--src', work], /^error: --out is required$/],
      [['build', '--bogus'], /^error: Unknown option '--bogus'/],
      [['build', '--src', work, '--out', work, '--key', publicKey(), '--expires-days', 'soon'], /--expires-days must be a whole number/],
      [['frobnicate'], /^error: unknown command "frobnicate"/],
    ];
    for (const [argv, message] of cases) {
      const result = await cli(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err[0], argv.join(' ')).toMatch(message);
      expect(result.err.join('\n')).not.toMatch(/\n\s+at /);
    }
    const badKey = await cli('build', '--src', work, '--out', path.join(work, 'x'), '--key', publicKey());
    expect(badKey.code).toBe(1);
    expect(badKey.err[0]).toContain('not a private key file');
    const missingDir = await cli('verify', path.join(work, 'no-such-dir'), '--public-key', publicKey());
    expect(missingDir.out).toEqual(['manifest: manifest.json is missing [manifest-missing]']);
  });
});

describe('import-directory', () => {
  const header = directoryCsvColumns.join(',');
  const row = (values: Partial<Record<(typeof directoryCsvColumns)[number], string>>) =>
    directoryCsvColumns.map((column) => formatCsvField(values[column] ?? '')).join(',');
  const good = {
    name: 'Línea de ejemplo',
    types: 'crisis-line',
    phones: '0800-000-000|0800000000',
    source_urls: 'https://example.org',
    source_checked: '2026-05-01',
    confidence: 'high',
  };

  it('writes a directory pack source that builds', async () => {
    const directory = await freshDir('import-good');
    const csvFile = path.join(directory, 'pe.csv');
    await writeFile(csvFile, `\uFEFF${header}\r\n${row(good)}\r\n${row({ ...good, name: 'Otra línea', region: 'Cusco' })}\r\n`);
    const outFile = path.join(directory, 'src', 'directory-pe.json');
    const result = await cli('import-directory', csvFile, '--country', 'PE', '--locale', 'mul', '--out', outFile);
    expect(result.code, result.err.join('\n')).toBe(0);
    expect(result.out[0]).toBe(`Wrote ${outFile}: directory pack "directory-pe" with 2 entries.`);
    const pack = DirectoryPackSchema.parse(JSON.parse(await readFile(outFile, 'utf8')));
    expect(pack.entries.map((entry) => entry.id)).toEqual(['linea-de-ejemplo', 'otra-linea']);

    const keys = await freshDir('import-keys');
    await cli('keygen', '--out', keys);
    const built = await cli(
      'build',
      '--src',
      path.join(directory, 'src'),
      '--out',
      path.join(directory, 'out'),
      '--key',
      path.join(keys, 'source-private.key'),
    );
    expect(built.code, built.err.join('\n')).toBe(0);
  });

  it('reports every bad cell by row and column and writes nothing', async () => {
    const directory = await freshDir('import-bad');
    const csvFile = path.join(directory, 'bad.csv');
    await writeFile(
      csvFile,
      `${header}\n${row(good)}\n${row({ ...good, phones: '0800|call-me' })}\n${row({ ...good, website: 'javascript:alert(1)', confidence: 'sure' })}\n`,
    );
    const outFile = path.join(directory, 'out.json');
    const result = await cli('import-directory', csvFile, '--country', 'PE', '--out', outFile);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      `${csvFile}: row 3, column phones (item 1, dial): must be digits with an optional leading + (2-20 characters), or a star short code such as *4141 (no #, no pauses)`,
    );
    expect(result.err).toContain(`${csvFile}: row 4, column website: must be an https:// web address`);
    expect(result.err.some((line) => line.startsWith(`${csvFile}: row 4, column confidence:`))).toBe(true);
    expect(result.err).toContain(
      `${csvFile}: row 3, column phones (item 1, display): must show the number it dials (the same digits as dial, before any note in brackets or words)`,
    );
    expect(result.err.at(-1)).toBe('4 problem(s); nothing was written.');
    await expect(stat(outFile)).rejects.toThrow();
  });

  it('refuses a file that is not UTF-8', async () => {
    const directory = await freshDir('import-latin1');
    const csvFile = path.join(directory, 'latin1.csv');
    await writeFile(csvFile, Buffer.from([...Buffer.from(`${header}\nL`), 0xed, ...Buffer.from('nea,crisis-line\n')]));
    const result = await cli('import-directory', csvFile, '--country', 'PE', '--out', path.join(directory, 'x.json'));
    expect(result.code).toBe(1);
    expect(result.err[0]).toBe(`${csvFile}: not valid UTF-8 text (save the spreadsheet as "CSV UTF-8")`);
  });
});

describe('builtInPacksPlugin', () => {
  it('writes a signed release into the build output, even with no pack sources', async () => {
    const root = await freshDir('plugin-root');
    await mkdir(path.join(root, 'content'));
    await mkdir(path.join(root, 'keys'));
    await cli('keygen', '--out', path.join(root, 'keys'), '--name', 'dev');
    const plugin = builtInPacksPlugin({ subdir: 'content' });
    const infos: string[] = [];
    (plugin.configResolved as (config: { root: string }) => void)({ root });
    const writeBundle = (plugin.writeBundle as unknown as { handler: (this: unknown, options: { dir: string }) => Promise<void> }).handler;
    const outDir = path.join(root, 'dist', 'content');
    await writeBundle.call({ info: (message: string) => infos.push(message) }, { dir: path.join(root, 'dist') });
    const manifest = await readManifest(outDir);
    expect(manifest).toMatchObject({ sourceId: 'builtin', packs: [] });
    expect(infos[0]).toMatch(/^built-in packs: manifest version \d+, 0 pack\(s\)$/);
    expect((await cli('verify', outDir, '--public-key', path.join(root, 'keys', 'dev-public.key'))).code).toBe(0);

    await writeSources(path.join(root, 'content'), [{ ...exercisePack(), summary: '<b>x</b>' }]);
    await expect(writeBundle.call({ info: () => undefined }, { dir: path.join(root, 'dist') })).rejects.toThrow(
      /Built-in content packs are invalid:\n {2}content\/breathing-slow-es\.json: summary: must be plain text/,
    );
  });
});

const reportHeader = 'compañera-activity-report,1\nmonth,measure,key,count\n';

async function reportFile(name: string, text: string): Promise<string> {
  const full = path.join(await freshDir('reports'), name);
  await writeFile(full, text);
  return full;
}

describe('packs report merge', () => {
  it('sums two Companions’ reports into one of the same format, which can be merged again', async () => {
    const ana = await reportFile('ana.csv', `${reportHeader}2026-11,crisis-run,suicide,2\n2026-11,danger-branch,suicide,1\n`);
    const bea = await reportFile('bea.csv', `${reportHeader}2026-11,crisis-run,suicide,3\n2026-12,follow-up-agreed,call,1\n`);
    const total = path.join(work, 'reports-out', 'total.csv');
    const merged = await cli('report', 'merge', ana, bea, '--out', total);
    expect(merged.err).toEqual([]);
    expect(merged.code).toBe(0);
    expect(merged.out[0]).toContain('2 report(s) summed into 3 row(s)');
    expect(await readFile(total, 'utf8')).toBe(
      `${reportHeader}2026-11,crisis-run,suicide,5\n2026-11,danger-branch,suicide,1\n2026-12,follow-up-agreed,call,1\n`,
    );

    const again = await cli('report', 'merge', total, ana);
    expect(again.code).toBe(0);
    expect(again.out.join('\n')).toContain('2026-11,crisis-run,suicide,7');
  });

  it('rejects a file that is not a report with one line naming it and the problem, and writes nothing', async () => {
    const ana = await reportFile('ana2.csv', `${reportHeader}2026-11,crisis-run,suicide,2\n`);
    const contacts = await reportFile('contacts.csv', 'name,phone\nAna,555 1234\n');
    const withText = await reportFile('words.csv', `${reportHeader}2026-11,crisis-run,she was scared,1\n`);
    const out = path.join(work, 'reports', 'refused.csv');
    const refused = await cli('report', 'merge', ana, contacts, withText, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toEqual([
      `${contacts}: line 1 is not "compañera-activity-report,1": this is not a Compañera activity report`,
      `${withText}: line 3: key "she was scared" is not a key of crisis-run`,
      '2 problem(s); nothing was written.',
    ]);
    expect(refused.out).toEqual([]);
    expect((await readdir(path.join(work, 'reports'))).filter((name) => name.startsWith('refused'))).toEqual([]);
  });

  it('says what it needs on a wrong command line', async () => {
    expect((await cli('report', 'sum', 'a.csv')).err[0]).toBe('error: report takes one action: merge');
    expect((await cli('report', 'merge')).err[0]).toBe('error: report merge needs at least one report file');
    const missing = await cli('report', 'merge', path.join(work, 'reports', 'missing.csv'));
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toMatch(/missing\.csv: cannot be read$/);
  });
});
