import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildPacks } from '../../../scripts/packs/buildPacks';
import { base64Encode, formatKeyFile, generateKeyPair } from '../../../src/content/crypto';
import type { StaticServer } from '../../../scripts/lib/staticServer';

export type Fault = 'none' | 'slow' | 'stall' | 'drop' | 'truncate' | 'server-error' | 'tamper' | 'html';

export const orgPackId = 'exercise-org-test-en';
export const orgPackPath = `packs/${orgPackId}.json`;

/**
 * An organisation's content source for the end-to-end tests: a release built and signed with the
 * real packs CLI code, served under /org/ by the test's server (same origin, so the app's CSP
 * allows it), with network faults injected on demand.
 */
export class OrgSource {
  fault: Fault = 'none';
  /** Which file the fault hits ('html': every file under this folder). */
  faultPath = orgPackPath;
  private constructor(
    readonly workDir: string,
    readonly publicKeyText: string,
    private readonly privateKeyFile: string,
  ) {}

  static async create(): Promise<OrgSource> {
    const workDir = await mkdtemp(join(tmpdir(), 'companera-org-'));
    const { publicKey, privateKey } = await generateKeyPair();
    const privateKeyFile = join(workDir, 'org-private.key');
    await writeFile(privateKeyFile, formatKeyFile(privateKey));
    await mkdir(join(workDir, 'src'), { recursive: true });
    return new OrgSource(workDir, base64Encode(publicKey), privateKeyFile);
  }

  get releaseDir(): string {
    return join(this.workDir, 'release');
  }

  /** Publishes a release whose one pack carries this title (a new title is a new pack version). */
  async publish(title: string, options: { expiresDays?: number; outDir?: string; now?: Date } = {}): Promise<string> {
    const pack = {
      schemaVersion: 1,
      id: orgPackId,
      kind: 'exercise',
      locale: 'en',
      title,
      exerciseType: 'breathing',
      summary: 'A short breathing practice from your organisation.',
      steps: [
        { id: 'in', text: 'Breathe in slowly.', seconds: 4, pace: 'in' },
        { id: 'out', text: 'Breathe out, a little longer.', seconds: 6, pace: 'out' },
      ],
      rounds: 3,
    };
    await writeFile(join(this.workDir, 'src', `${orgPackId}.json`), JSON.stringify(pack, null, 2));
    const outDir = options.outDir ?? this.releaseDir;
    const result = await buildPacks({
      srcDir: join(this.workDir, 'src'),
      outDir,
      privateKeyFile: this.privateKeyFile,
      sourceId: 'org-test',
      expiresDays: options.expiresDays ?? 30,
      ...(options.now ? { now: options.now } : {}),
    });
    if (!result.ok) throw new Error(result.problems.map((found) => found.message).join('\n'));
    return outDir;
  }

  /** A separate copy of a release, to serve an older one later (rollback) or one signed by someone else. */
  async snapshot(name: string): Promise<string> {
    const copy = join(this.workDir, name);
    await rm(copy, { recursive: true, force: true });
    await mkdir(join(copy, 'packs'), { recursive: true });
    for (const file of ['manifest.json', 'manifest.json.sig', orgPackPath]) {
      await writeFile(join(copy, file), await readFile(join(this.releaseDir, file)));
    }
    return copy;
  }

  attachTo(server: StaticServer, serveFrom: () => string = () => this.releaseDir): void {
    server.intercept(async (_request: IncomingMessage, response: ServerResponse, path: string) => {
      if (!path.startsWith('/org/')) return false;
      const relative = path.slice('/org/'.length);
      if (this.fault === 'html' && relative.startsWith(this.faultPath)) {
        // A host that answers every address under this folder with its home page.
        response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><html><body><h1>Welcome</h1></body></html>');
        return true;
      }
      let body: Buffer;
      try {
        body = await readFile(join(serveFrom(), relative));
      } catch {
        response.writeHead(404).end();
        return true;
      }
      const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' };
      if (this.fault === 'none' || relative !== this.faultPath) {
        response.writeHead(200, { ...headers, 'Content-Length': String(body.length) }).end(body);
        return true;
      }
      switch (this.fault) {
        case 'html': // handled above, for the whole folder
          response.writeHead(200, { ...headers, 'Content-Length': String(body.length) }).end(body);
          return true;
        case 'slow':
          // Half now, the rest a moment later: long enough to see the progress bar move.
          response.writeHead(200, { ...headers, 'Content-Length': String(body.length) });
          response.write(body.subarray(0, Math.floor(body.length / 2)));
          setTimeout(() => response.end(body.subarray(Math.floor(body.length / 2))), 1_500);
          return true;
        case 'stall':
          // Headers and a first byte, then nothing: a connection that hangs on 2G.
          response.writeHead(200, { ...headers, 'Content-Length': String(body.length) });
          response.write(body.subarray(0, 1));
          return true;
        case 'drop':
          response.writeHead(200, { ...headers, 'Content-Length': String(body.length) });
          response.write(body.subarray(0, Math.floor(body.length / 2)), () => response.socket?.destroy());
          return true;
        case 'truncate': {
          const shorter = body.subarray(0, body.length - 20);
          response.writeHead(200, { ...headers, 'Content-Length': String(shorter.length) }).end(shorter);
          return true;
        }
        case 'server-error':
          response.writeHead(500, { 'Content-Type': 'text/plain' }).end('Internal Server Error');
          return true;
        case 'tamper': {
          const tampered = Buffer.from(body);
          const index = tampered.indexOf('slowly');
          tampered.write('SLOWLY', index);
          response.writeHead(200, { ...headers, 'Content-Length': String(tampered.length) }).end(tampered);
          return true;
        }
      }
    });
  }

  async dispose(): Promise<void> {
    await rm(this.workDir, { recursive: true, force: true });
  }
}
