import type { PfaScriptPack } from '../../content/schema';
import { crisisTypes } from '../../content/vocabulary';
import { scriptStructureProblems } from './engine/scriptStructure';
import { createStore, type ReadonlyStore } from '../../lib/store';

/*
 * The one place the crisis screen decides whether an installed script may be offered and run.
 * Scripts were verified at install (signature, hash, schema, graph); what is checked here is what
 * a stored row could still get wrong (engine/scriptStructure.ts). The list uses only the cheap
 * isListable, so it paints at once on a cold start; running a script and resuming a saved run go
 * through isRunnable, computed once per installed script object; a script it refuses is marked
 * broken and the list leaves it out for the rest of the session.
 * No React here: runViews.tsx and crisisContent.ts both use this module, and neither imports the other.
 */

/**
 * Enough of a script to list it and open its first step without crashing. Anything stranger than
 * this is left out; anything subtler is caught by isRunnable before the script runs.
 */
export function isListable(pack: PfaScriptPack): boolean {
  const candidate = pack as Partial<Record<keyof PfaScriptPack, unknown>>;
  if (typeof candidate.id !== 'string' || typeof candidate.title !== 'string' || typeof candidate.summary !== 'string') return false;
  if (!crisisTypes.includes(candidate.crisisType as PfaScriptPack['crisisType']) || !Array.isArray(candidate.steps)) return false;
  const first: unknown = pack.steps.find((step) => (step as Partial<PfaScriptPack['steps'][number]> | null)?.id === pack.start);
  if (typeof first !== 'object' || first === null) return false;
  return !('options' in first) || Array.isArray(first.options);
}

// Each installed script object is checked once, however many steps it runs through and however
// often a saved run is resumed against it.
const runnable = new WeakMap<PfaScriptPack, boolean>();

/** Whether an installed script passes the check before it runs (the step screen and resume use it). */
export function isRunnable(script: PfaScriptPack): boolean {
  let result = runnable.get(script);
  if (result === undefined) {
    result = scriptStructureProblems(script).length === 0;
    runnable.set(script, result);
  }
  return result;
}

// Scripts that failed the check when someone tried to run them: not offered again this session.
// The ids of the scripts refused so far; a new array only when one is added.
const brokenIds = createStore<readonly string[]>([]);
export const brokenScriptIdsStore: ReadonlyStore<readonly string[]> = brokenIds;

export function markScriptBroken(id: string): void {
  if (isScriptMarkedBroken(id)) return;
  brokenIds.update((ids) => [...ids, id]);
}

/** Whether the check refused this script this session (read outside React, as effects need). */
export function isScriptMarkedBroken(id: string): boolean {
  return brokenIds.get().includes(id);
}
