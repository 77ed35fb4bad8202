import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { formatKeyFile, generateKeyPair, keyFingerprint, readPublicKeyFile } from '../../src/content/crypto.ts';
import { describePublicKeyProblem } from '../../src/content/ed25519Key.ts';
import { importDirectoryCsv } from './directoryCsv.ts';
import { parseJsonSafely } from '../../src/content/safeJson.ts';
import { formatProblem, verifyRelease, type InstalledState, type ReleaseLoader } from '../../src/content/verify.ts';
import { buildPacks, defaultExpiresDays } from './buildPacks.ts';
import { mergeReportFiles, writeMerged } from './reportMerge.ts';
import { directoryLoader, listPackFiles, readTextIfPresent, urlLoader, writeFileAtomic } from './files.ts';

/*
 * The packs CLI: `npm run packs -- <command>`. runCli takes the arguments and returns the exit code,
 * so tests can call it in-process; cli.ts is the executable wrapper. Bad input never produces a stack
 * trace: every failure is one or more plain lines and exit code 1 (2 for a wrong command line).
 */

export type CliOutput = { out: (line: string) => void; err: (line: string) => void };

const consoleOutput: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export const usage = `Usage: npm run packs -- <command> [options]

  keygen --out DIR [--name NAME]
      Writes DIR/NAME-public.key and DIR/NAME-private.key (NAME defaults to "source").
      Keep the private key offline; give the public key to people to add in Settings.

  build --src DIR --out DIR --key PRIVATE_KEY [--expires-days N] [--source-id ID]
      Validates every *.json pack under --src, then writes OUT/packs/<id>.json, OUT/manifest.json
      and OUT/manifest.json.sig, and updates SRC/packs.lock.json. Expiry defaults to ${defaultExpiresDays} days.

  verify DIR_OR_URL --public-key FILE [--public-key FILE ...] [--min-version N] [--installed FILE] [--source-id ID]
      Checks a release with the app's own verifier. --installed takes a JSON file
      {"manifestVersion": N, "manifestSha256": "...", "packs": [{"id", "version", "sha256"}]}.

  import-directory FILE.csv --country CODE --out FILE [--locale mul] [--id ID] [--title TEXT]
      Turns a spreadsheet (UTF-8 CSV) into a directory pack source file.
      Columns are described in scripts/packs/directoryCsv.ts.

  report merge FILE.csv [FILE.csv ...] [--out TOTAL.csv]
      Sums Companions' activity reports into one report of the same format (printed, or written
      to --out). A file that is not a Compañera activity report is named, and nothing is written.
      Give each Companion's file for a period once: the counts are added, so a month that is in
      two files from the same Companion is counted twice.`;

class UsageError extends Error {}

function requireOption(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required`);
  return value;
}

function wholeNumber(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,10}$/.test(text)) throw new UsageError(`--${name} must be a whole number`);
  return Number(text);
}

async function keygen(args: string[], io: CliOutput): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, name: { type: 'string' } }, strict: true });
  const outDir = requireOption(values, 'out');
  const name = values.name ?? 'source';
  if (!/^[a-z0-9][a-z0-9-]{0,40}$/.test(name)) throw new UsageError('--name must be lowercase letters, digits or dashes');
  const publicFile = path.join(outDir, `${name}-public.key`);
  const privateFile = path.join(outDir, `${name}-private.key`);
  for (const file of [privateFile, publicFile]) {
    if ((await readTextIfPresent(file)) !== undefined) {
      io.err(`error: ${file} already exists; refusing to overwrite a key (move it away first if you mean to replace it)`);
      return 1;
    }
  }
  await mkdir(outDir, { recursive: true });
  const pair = await generateKeyPair();
  await writeFileAtomic(privateFile, formatKeyFile(pair.privateKey), 0o600);
  await writeFileAtomic(publicFile, formatKeyFile(pair.publicKey));
  io.out(`Wrote ${publicFile} (share this) and ${privateFile} (keep this offline, never in a repository or on the web host).`);
  io.out(`Key fingerprint: ${await keyFingerprint(pair.publicKey)}`);
  return 0;
}

async function build(args: string[], io: CliOutput): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      src: { type: 'string' },
      out: { type: 'string' },
      key: { type: 'string' },
      'expires-days': { type: 'string' },
      'source-id': { type: 'string' },
    },
    strict: true,
  });
  const expiresDays = wholeNumber(values['expires-days'], 'expires-days');
  const result = await buildPacks({
    srcDir: requireOption(values, 'src'),
    outDir: requireOption(values, 'out'),
    privateKeyFile: requireOption(values, 'key'),
    ...(expiresDays === undefined ? {} : { expiresDays }),
    ...(values['source-id'] === undefined ? {} : { sourceId: values['source-id'] }),
  });
  if (!result.ok) {
    for (const found of result.problems) io.err(`${found.file}: ${found.message}`);
    io.err(`${result.problems.length} problem(s); nothing was written.`);
    return 1;
  }
  const { manifest } = result;
  io.out(
    `Built manifest version ${manifest.version} (source "${manifest.sourceId}") with ${manifest.packs.length} pack(s) in ${result.outDir}.`,
  );
  io.out(`Changed packs: ${result.changedPackIds.length > 0 ? result.changedPackIds.join(', ') : 'none'}. Expires ${manifest.expires}.`);
  io.out(`Signed with key ${result.keyFingerprint}.`);
  return 0;
}

const InstalledFileSchema = z.strictObject({
  manifestVersion: z.int().min(0),
  manifestSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  packs: z.array(z.strictObject({ id: z.string(), version: z.int().min(0), sha256: z.string() })).optional(),
});

async function readPublicKey(file: string): Promise<Uint8Array> {
  let text: string | undefined;
  try {
    text = await readTextIfPresent(file);
  } catch {
    text = undefined;
  }
  const read = text === undefined ? undefined : readPublicKeyFile(text);
  if (read?.ok) return read.key;
  if (!read || read.problem === 'not-base64' || read.problem === 'wrong-length') {
    throw new UsageError(`${file} is not a public key file (one line of base64 of 32 bytes)`);
  }
  // A weak or non-canonical key is refused here, with its reason, not later as "signature invalid".
  throw new UsageError(`${file} cannot be trusted: ${describePublicKeyProblem(read.problem)}`);
}

async function readInstalled(file: string): Promise<InstalledState> {
  const text = await readTextIfPresent(file);
  if (text === undefined) throw new UsageError(`${file} does not exist`);
  const parsed = parseJsonSafely(text);
  const result = parsed.ok ? InstalledFileSchema.safeParse(parsed.value) : undefined;
  if (!result?.success) throw new UsageError(`${file} is not an installed-state file (see --help)`);
  return result.data;
}

export type VerifyTarget = { loader: ReleaseLoader; offeredPackPaths?: string[] };

async function verifyTarget(target: string): Promise<VerifyTarget> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      throw new UsageError(`${target} is not a valid URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError('only http:// and https:// URLs can be verified');
    const base = url.href.replace(/manifest\.json$/, '');
    return { loader: urlLoader(base) };
  }
  const directory = target.replace(/manifest\.json$/, '') || '.';
  return { loader: directoryLoader(directory), offeredPackPaths: await listPackFiles(directory) };
}

async function verify(args: string[], io: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      'public-key': { type: 'string', multiple: true },
      'min-version': { type: 'string' },
      installed: { type: 'string' },
      'source-id': { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1 || positionals[0] === undefined) throw new UsageError('verify takes exactly one directory or URL');
  const keyFiles = values['public-key'] ?? [];
  if (keyFiles.length === 0) throw new UsageError('--public-key is required');
  const keys = await Promise.all(keyFiles.map(readPublicKey));
  const minVersion = wholeNumber(values['min-version'], 'min-version');
  let installed = values.installed === undefined ? undefined : await readInstalled(values.installed);
  if (minVersion !== undefined && (installed === undefined || installed.manifestVersion < minVersion)) {
    installed = { ...installed, manifestVersion: minVersion };
  }
  const { loader, offeredPackPaths } = await verifyTarget(positionals[0]);
  const result = await verifyRelease(loader, keys, {
    now: new Date(),
    ...(installed ? { installed } : {}),
    ...(offeredPackPaths ? { offeredPackPaths } : {}),
    ...(values['source-id'] === undefined ? {} : { sourceId: values['source-id'] }),
  });
  if (!result.ok) {
    for (const found of result.problems) io.out(formatProblem(found));
    io.err(`${result.problems.length} problem(s): the release must not be installed.`);
    return 1;
  }
  const { manifest } = result;
  io.out(
    `OK: manifest version ${manifest.version} from source "${manifest.sourceId}", ${result.packs.length} pack(s) verified, expires ${manifest.expires}, signed by key ${result.keyFingerprint}.`,
  );
  return 0;
}

async function importDirectory(args: string[], io: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      country: { type: 'string' },
      locale: { type: 'string' },
      out: { type: 'string' },
      id: { type: 'string' },
      title: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const file = positionals[0];
  if (positionals.length !== 1 || file === undefined) throw new UsageError('import-directory takes exactly one CSV file');
  const country = requireOption(values, 'country');
  const outFile = requireOption(values, 'out');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
  } catch (error) {
    io.err(`${file}: ${error instanceof TypeError ? 'not valid UTF-8 text (save the spreadsheet as "CSV UTF-8")' : 'cannot be read'}`);
    return 1;
  }
  const result = importDirectoryCsv(text, {
    country,
    ...(values.locale === undefined ? {} : { locale: values.locale }),
    ...(values.id === undefined ? {} : { id: values.id }),
    ...(values.title === undefined ? {} : { title: values.title }),
  });
  if (!result.ok) {
    for (const line of result.errors) io.err(`${file}: ${line}`);
    io.err(`${result.errors.length} problem(s); nothing was written.`);
    return 1;
  }
  await mkdir(path.dirname(path.resolve(outFile)), { recursive: true });
  await writeFileAtomic(outFile, `${JSON.stringify(result.pack, null, 2)}\n`);
  io.out(`Wrote ${outFile}: directory pack "${result.pack.id}" with ${result.pack.entries.length} entries.`);
  return 0;
}

async function report(args: string[], io: CliOutput): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { out: { type: 'string' } }, allowPositionals: true, strict: true });
  const [action, ...files] = positionals;
  if (action !== 'merge') throw new UsageError('report takes one action: merge');
  if (files.length === 0) throw new UsageError('report merge needs at least one report file');
  const result = await mergeReportFiles(files);
  if (!result.ok) {
    for (const line of result.problems) io.err(line);
    io.err(`${result.problems.length} problem(s); nothing was written.`);
    return 1;
  }
  await writeMerged(result.csv, values.out, io.out);
  if (values.out !== undefined) io.out(`Wrote ${values.out}: ${files.length} report(s) summed into ${result.report.length} row(s).`);
  return 0;
}

const commands: Record<string, (args: string[], io: CliOutput) => Promise<number>> = {
  keygen,
  build,
  verify,
  'import-directory': importDirectory,
  report,
};

export async function runCli(argv: readonly string[], io: CliOutput = consoleOutput): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.out(usage);
    return command === undefined ? 2 : 0;
  }
  const run = commands[command];
  if (!run) {
    io.err(`error: unknown command "${command}"\n\n${usage}`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError || (error as { code?: unknown }).code?.toString().startsWith('ERR_PARSE_ARGS')) {
      io.err(`error: ${message.split('\n')[0] ?? message}`);
      return 2;
    }
    io.err(`error: ${message.split('\n')[0] ?? message}`);
    return 1;
  }
}
