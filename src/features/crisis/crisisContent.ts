import { use, useEffect, useState, useSyncExternalStore } from 'react';
import { createStore } from '../../lib/store';
import { useStore } from '../../ui/useStore';
import { isPrerendered } from '../../ui/PrerenderHandOver';
import { installedPacksOfKind, sharedLiveQuery, type SharedLiveQuery } from '../../db/queries';
import { fallbackLanguage, type Language } from '../../i18n/languages';
import type { DirectoryPack, ExercisePack, PfaScriptPack } from '../../content/schema';
import { getPreferences } from '../../prefs/preferences';
import type { ScriptRun } from './engine/scriptEngine';
import { clearSavedRun, readSavedRun } from './resumeStore';
import { brokenScriptIdsStore, isListable, isRunnable } from './scriptChecks';
import { loadedResumeKit, loadResumeKit, loadRunViews, preloadRunViews } from './runViewsLoader';

/*
 * How the crisis screen gets what it shows, fast, on a cheap phone that has just been unlocked:
 * - the route starts the database reads as soon as this code has run (preloadCrisisContent), so
 *   they go on while React is still busy with the app's shell;
 * - the screen suspends until they are in and paints the situations directly, no loading screen;
 * - only what the list needs is read and checked: this language's scripts, and no zod. Scripts were
 *   verified (signature, hash, schema, graph) when they were installed; the one script being run
 *   gets a structural check before its first step shows (scriptChecks.ts, runViews.tsx).
 * Reads go through db/queries rather than the db index, which would bring the sync's schemas along.
 */

const scriptsQuery = (language: Language): SharedLiveQuery<PfaScriptPack[]> =>
  sharedLiveQuery(`crisis:pfa-script:${language}`, () => installedPacksOfKind('pfa-script', language));
const directoriesQuery = (): SharedLiveQuery<DirectoryPack[]> =>
  sharedLiveQuery('crisis:directory', () => installedPacksOfKind('directory'));
const exercisesQuery = (language: Language): SharedLiveQuery<ExercisePack[]> =>
  sharedLiveQuery(`crisis:exercise:${language}`, () => installedPacksOfKind('exercise', language));

// Resolved by the screen's first commit (useCrisisContent), a frame later, when it is painted.
let markPainted: () => void = () => undefined;
const firstScreenPainted = new Promise<void>((resolve) => {
  markPainted = () => {
    const afterFrame = () => setTimeout(resolve, 0);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(afterFrame);
    else afterFrame();
  };
});
let settled: Promise<void> | undefined;

/**
 * Starts everything the crisis screen needs to open, and resolves once it is up and the step
 * screens have loaded behind it: until then, work that can wait (the content sync, a country's
 * name) would only slow the Companion down.
 */
export function preloadCrisisContent(): Promise<void> {
  settled ??= (async () => {
    const { language = fallbackLanguage, country } = getPreferences();
    scriptsQuery(language);
    // Without a country the screen asks for one, from the directories; with one, the list of
    // situations needs neither directories nor exercises, so they are read once it is up.
    if (country === undefined) startSecondaryReads();
    // The list is already painted (prerendered): a tap on it may come at any moment, so the step
    // screen's code loads now, alongside the list's read. The directories still wait: read now,
    // they held React's taking over of the list back by about 0.1 s at 4x (crisis bench).
    if (isPrerendered('/crisis')) preloadRunViews();
    // A run to resume opens on its step: load the step screens alongside, not after.
    if (readSavedRun() !== undefined) {
      preloadRunViews();
      void resumeKit();
    }
    await firstScreenPainted;
    // Then the rest, while the Companion reads the list, so a tap shows its step at once.
    startSecondaryReads();
    preloadRunViews();
    await loadRunViews().catch(() => undefined);
  })();
  return settled;
}

/** Resolves once the crisis screen is up and its step screens are loaded (see preloadCrisisContent). */
export function whenCrisisSettled(): Promise<void> {
  return preloadCrisisContent();
}

// ---------- what the list offers ----------

/** The ids of scripts refused by the check, so the list can say one was left out. */
export function useBrokenScriptIds(): readonly string[] {
  return useStore(brokenScriptIdsStore);
}

// ---------- the hook ----------

// Directories and exercises are read once the first screen is up (or at once when it needs them).
const haveSecondaryReadsStarted = createStore(false);
function startSecondaryReads(): void {
  haveSecondaryReadsStarted.set(true);
}

const noQuery = { subscribe: () => () => undefined, latest: () => undefined };

/** The latest result of a shared query, live; undefined before the first one (or without a query). */
function useLatest<T>(query: SharedLiveQuery<T> | undefined): T | undefined {
  const source = query ?? noQuery;
  // Hydrating the prerendered list (main.tsx) reads the same: the markup fits when the list does.
  return useSyncExternalStore<T | undefined>(source.subscribe, source.latest, source.latest);
}

const noDirectories: DirectoryPack[] = [];
const noExercises: ExercisePack[] = [];

export type CrisisContent = {
  /** The scripts to offer, in the person's language. */
  scripts: PfaScriptPack[];
  directories: DirectoryPack[];
  /** The countries that have a directory on this phone, as ISO codes without repeats. */
  countries: string[];
  exercises: ExercisePack[];
};

const listCache = new WeakMap<PfaScriptPack[], { broken: readonly string[]; list: PfaScriptPack[] }>();
function listedScripts(packs: PfaScriptPack[], broken: readonly string[]): PfaScriptPack[] {
  const cached = listCache.get(packs);
  if (cached?.broken === broken) return cached.list;
  const list = packs.filter((pack) => isListable(pack) && !broken.includes(pack.id));
  listCache.set(packs, { broken, list });
  return list;
}

const countriesCache = new WeakMap<DirectoryPack[], string[]>();
function countriesOf(packs: DirectoryPack[]): string[] {
  let countries = countriesCache.get(packs);
  if (!countries) {
    countries = [...new Set(packs.map((pack) => pack.country))];
    countriesCache.set(packs, countries);
  }
  return countries;
}

/**
 * The installed scripts, directories and exercises, live. Suspends until the scripts are read,
 * and the directories too when no country is chosen yet (the screen asks for one); otherwise
 * directories and exercises are empty for the moment after the first paint when they are read.
 * When a run waits to be resumed, it also waits for what resuming needs.
 */
export function useCrisisContent(language: Language, country: string | undefined): CrisisContent {
  const needsDirectoriesNow = country === undefined;
  const secondaryReads = useStore(haveSecondaryReadsStarted);
  const canRead = secondaryReads || needsDirectoriesNow;
  const scriptsRead = scriptsQuery(language);
  const directoriesRead = canRead ? directoriesQuery() : undefined;
  const latestScripts = useLatest(scriptsRead);
  const latestDirectories = useLatest(directoriesRead);
  const exercises = useLatest(canRead ? exercisesQuery(language) : undefined) ?? noExercises;
  const broken = useBrokenScriptIds();
  useEffect(() => {
    markPainted();
    void preloadCrisisContent(); // started by the route already, unless the screen was mounted another way
  }, []);
  // Opening on a run to resume needs the saved-run check and the step screen: wait for them then.
  const [opensOnSavedRun] = useState(() => readSavedRun() !== undefined);

  // Waiting comes after every hook, and the same waits in the same order on every render: when
  // React replays this component after a wait, it must meet the same hooks and waits again.
  const firstScripts = use(scriptsRead.first);
  const firstDirectories = needsDirectoriesNow && directoriesRead ? use(directoriesRead.first) : undefined;
  if (opensOnSavedRun) use(resumeKit());

  const scriptPacks = latestScripts ?? firstScripts;
  const directories = latestDirectories ?? firstDirectories ?? noDirectories;
  return { scripts: listedScripts(scriptPacks, broken), directories, countries: countriesOf(directories), exercises };
}

// One promise for React to wait on, however many times the screen renders before it resolves.
// If it cannot load, the run is not resumed: the list opens instead. It also reads the scripts of
// every language: a run started in another language (before a language switch) continues from them.
let resumeKitLoading: Promise<unknown> | undefined;
let scriptsOfEveryLanguage: readonly PfaScriptPack[] = [];
function resumeKit(): Promise<unknown> {
  resumeKitLoading ??= Promise.all([
    loadResumeKit(),
    installedPacksOfKind('pfa-script').then((packs) => {
      scriptsOfEveryLanguage = packs;
    }),
  ]).catch(() => {
    resumeKitLoading = undefined; // a run saved later this session may still be resumed
    clearSavedRun();
  });
  return resumeKitLoading;
}

/**
 * A script of another language that a resumed run goes on in, because the person's language has
 * no script it could move to (see resumeSavedRun); undefined for any other id.
 */
export function scriptInOtherLanguage(id: string): PfaScriptPack | undefined {
  return scriptsOfEveryLanguage.find((script) => script.id === id);
}

/**
 * The run saved before an interruption (a call, the screen locking, a language switch), rebuilt
 * against the script as installed now, which must pass the check before it runs; undefined when
 * there is none or it no longer fits, and then the saved state is cleared. A run whose script is
 * in another language moves to this language's script for the same situation when its path replays
 * there (step ids are shared across languages), and otherwise goes on in its own language
 * (scriptInOtherLanguage). Call it after useCrisisContent, which loads what it needs.
 */
export function resumeSavedRun(scripts: readonly PfaScriptPack[]): ScriptRun | undefined {
  const saved = readSavedRun();
  if (saved === undefined) return undefined;
  const kit = loadedResumeKit();
  const savedId = kit?.savedScriptId(saved);
  const restore = (script: PfaScriptPack | undefined) =>
    kit && script && isRunnable(script) ? kit.restoreRun(script, { ...(saved as object), scriptId: script.id }, scripts) : undefined;
  let restored = restore(scripts.find((candidate) => candidate.id === savedId));
  const original = restored ? undefined : scriptInOtherLanguage(savedId ?? '');
  if (original) {
    for (const translation of scripts.filter((candidate) => candidate.crisisType === original.crisisType)) {
      restored ??= restore(translation);
    }
    restored ??= restore(original);
  }
  if (!restored) clearSavedRun();
  return restored;
}
