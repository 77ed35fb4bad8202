import { open, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReleaseLoader } from '../../src/content/verify.ts';

/*
 * File-system and network helpers for the packs CLI. Both loaders read at most the number of bytes
 * asked for, so an endless or oversized file cannot exhaust memory.
 */

export function isMissingFileError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}

/** Up to `maxBytes` bytes of a file, or undefined if it does not exist. */
export async function readAtMost(file: string, maxBytes: number): Promise<Uint8Array | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if (isMissingFileError(error)) return undefined;
    throw error;
  }
  try {
    const buffer = new Uint8Array(maxBytes);
    let filled = 0;
    while (filled < maxBytes) {
      const { bytesRead } = await handle.read(buffer, filled, maxBytes - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.slice(0, filled);
  } finally {
    await handle.close();
  }
}

/** Loads release files from a directory; a path that climbs out of it is treated as missing. */
export function directoryLoader(directory: string): ReleaseLoader {
  const root = path.resolve(directory);
  return async (relative, maxBytes) => {
    const target = path.resolve(root, relative);
    if (!target.startsWith(root + path.sep)) return undefined;
    return readAtMost(target, maxBytes);
  };
}

/** Every file under `directory`/packs, as paths relative to the release ("packs/x.json"). */
export async function listPackFiles(directory: string): Promise<string[]> {
  try {
    const entries = await readdir(path.join(directory, 'packs'), { withFileTypes: true });
    return entries.map((entry) => `packs/${entry.name}`);
  } catch (error) {
    if (isMissingFileError(error)) return [];
    throw error;
  }
}

async function readBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (reader) {
    while (total < maxBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = maxBytes - total;
      const piece = value.length > room ? value.subarray(0, room) : value;
      chunks.push(piece);
      total += piece.length;
    }
    await reader.cancel().catch(() => undefined);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** Loads release files over http(s) relative to `baseUrl` (a directory URL), with a timeout per file. */
export function urlLoader(baseUrl: string, timeoutMs = 30_000): ReleaseLoader {
  const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  return async (relative, maxBytes) => {
    const target = new URL(relative, base);
    if (target.origin !== base.origin) return undefined;
    const response = await fetch(target, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error', cache: 'no-store' });
    if (response.status === 404 || response.status === 410) return undefined;
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return readBody(response, maxBytes);
  };
}

export async function readTextIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (isMissingFileError(error)) return undefined;
    throw error;
  }
}

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export async function writeFileAtomic(file: string, data: Uint8Array | string, mode?: number): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, data, mode === undefined ? undefined : { mode });
  await rename(temporary, file);
}
