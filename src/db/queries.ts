import { liveQuery } from 'dexie';
import type { Pack } from '../content/schema';
import { db } from './db';
import { packInfoOf, type InstalledPackInfo, type InstalledPackRecord, type SyncStatusRecord } from './records';

export type PackOfKind<K extends Pack['kind']> = Extract<Pack, { kind: K }>;

/** The order packs were always listed in (the table's key: source, then id), whichever index found them. */
function byKey(a: Pick<InstalledPackRecord, 'sourceId' | 'id'>, b: Pick<InstalledPackRecord, 'sourceId' | 'id'>): number {
  return a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The installed packs of one kind, for one language (packs in every language, like directories,
 * always match). Every screen reads content through here, so it only ever sees verified packs.
 * With a language, only that language's rows are read (the kind+locale index): the other
 * languages' packs are never deserialised.
 */
export async function installedPacksOfKind<K extends Pack['kind']>(kind: K, locale?: string): Promise<PackOfKind<K>[]> {
  let records: InstalledPackRecord[];
  if (locale === undefined || locale === 'mul') {
    records = await db.packs
      .where(locale === undefined ? 'kind' : '[kind+locale]')
      .equals(locale === undefined ? kind : [kind, locale])
      .toArray();
  } else {
    // Two exact lookups rather than anyOf: each is one getAll, where anyOf walks a cursor row by row.
    const [inLanguage, inEvery] = await Promise.all([
      db.packs.where('[kind+locale]').equals([kind, locale]).toArray(),
      db.packs.where('[kind+locale]').equals([kind, 'mul']).toArray(),
    ]);
    records = [...inLanguage, ...inEvery].sort(byKey);
  }
  return records.map((record) => record.content as PackOfKind<K>);
}

/**
 * Every installed pack's facts, not its content: from each source's installed manifest, where the
 * sync lists them, so the content screen never deserialises a pack (with a 5,000-entry directory
 * that was a main-thread task of hundreds of milliseconds each time a sync wrote). A source
 * installed before that list existed has its packs read once, until its next sync writes it.
 */
export async function installedPackInfos(): Promise<InstalledPackInfo[]> {
  const manifests = await db.manifests.toArray();
  const unlisted = manifests.filter((manifest) => manifest.installedPacks === undefined).map((manifest) => manifest.sourceId);
  const older = unlisted.length > 0 ? (await db.packs.where('sourceId').anyOf(unlisted).toArray()).map(packInfoOf) : [];
  return [...manifests.flatMap((manifest) => manifest.installedPacks ?? []), ...older].sort(byKey);
}

/** How each source's last sync went (no personal data): screens say why content is missing. */
export function syncStatusRecords(): Promise<SyncStatusRecord[]> {
  return db.syncStatus.toArray();
}

/**
 * A query that several readers share, kept live: it runs once, however many screens (or a preload
 * before any screen) ask for it, and runs again when the tables it read change.
 */
export type SharedLiveQuery<T> = {
  /** Resolves with the first result; a screen can suspend on it. */
  readonly first: Promise<T>;
  /** The latest result, or undefined before the first one. */
  readonly latest: () => T | undefined;
  readonly subscribe: (onChange: () => void) => () => void;
};

// How long a result nobody watches stays warm: long enough for a preload to reach its screen.
const idleLifetimeMs = 10_000;
const sharedQueries = new Map<string, SharedLiveQuery<unknown>>();

/** The shared live query for `key`, created (and started) on first use. Keys must be unique per query. */
export function sharedLiveQuery<T>(key: string, query: () => Promise<T>): SharedLiveQuery<T> {
  const existing = sharedQueries.get(key) as SharedLiveQuery<T> | undefined;
  if (existing) return existing;

  let value: T | undefined;
  let hasValue = false;
  const listeners = new Set<() => void>();
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  let resolveFirst: (result: T) => void = () => undefined;
  let rejectFirst: (error: unknown) => void = () => undefined;
  const first = new Promise<T>((resolve, reject) => {
    // The status fields are the ones React's use() reads: a reader that comes after the first
    // result gets it at once, instead of suspending for a turn to find out it is there.
    resolveFirst = (result) => {
      settled.status = 'fulfilled';
      settled.value = result;
      resolve(result);
    };
    rejectFirst = (error) => {
      if (settled.status !== undefined) return; // a first result already given stays the answer
      const reason = error instanceof Error ? error : new Error(String(error));
      settled.status = 'rejected';
      settled.reason = reason;
      reject(reason);
    };
  });
  const settled: Promise<T> & { status?: string; value?: T; reason?: Error } = first;
  // An unhandled rejection here would be reported twice: the reader that suspends on it handles it.
  first.catch(() => undefined);

  const subscription = liveQuery(query).subscribe({
    next: (result) => {
      value = result;
      if (!hasValue) {
        hasValue = true;
        resolveFirst(result);
        scheduleStopIfIdle();
      }
      for (const listener of listeners) listener();
    },
    error: (error: unknown) => {
      rejectFirst(error);
      stop();
    },
  });

  // liveQuery says nothing at all when the database cannot open (no IndexedDB, a failed upgrade,
  // a full disk, storage blocked): a screen suspended on `first` would say "opening" for ever.
  // The open's own failure is the answer then, and the error boundary shows it.
  if (!db.hasBeenClosed()) {
    db.open().catch((error: unknown) => {
      if (hasValue) return;
      rejectFirst(error);
      stop();
    });
  }

  function stop(): void {
    subscription.unsubscribe();
    if (sharedQueries.get(key) === shared) sharedQueries.delete(key);
  }
  function scheduleStopIfIdle(): void {
    if (listeners.size > 0 || stopTimer !== undefined) return;
    stopTimer = setTimeout(stop, idleLifetimeMs);
  }

  const shared: SharedLiveQuery<T> = {
    first,
    latest: () => value,
    subscribe: (onChange) => {
      listeners.add(onChange);
      if (stopTimer !== undefined) {
        clearTimeout(stopTimer);
        stopTimer = undefined;
      }
      return () => {
        listeners.delete(onChange);
        if (hasValue) scheduleStopIfIdle();
      };
    },
  };
  sharedQueries.set(key, shared);
  return shared;
}
