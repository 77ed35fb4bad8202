import type { PfaScriptPack, ScriptStep } from '../../../content/schema';
import { stepNumber, type ScriptRun } from './scriptEngine';

/*
 * "Step 3 of 12": the count says how far the Companion has come along the path she took, and the
 * most steps that path can still take. The total is an upper bound, never a guess that grows:
 * each choice can only keep it or bring it down (a shorter branch), so it never promises an end
 * sooner than it comes. Going back may raise it again, to what it was. A handoff to another
 * situation's script starts counting that script's path, after the steps already done.
 */

function nextIds(step: ScriptStep): string[] {
  if (step.type === 'end') return [];
  // A handoff leaves this script: its path is counted once the run is in the other script.
  if (step.type === 'choose') return step.options.flatMap((option) => (option.next === undefined ? [] : [option.next]));
  return [step.next];
}

/**
 * The most steps from `fromId` to an end, counting both. A step already on the walk (a loop back)
 * ends that branch, so the count is finite for any script that passes the graph checks.
 */
export function longestPathFrom(script: PfaScriptPack, fromId: string): number {
  const steps = new Map(script.steps.map((step) => [step.id, step]));
  const known = new Map<string, number>();
  const walk = (id: string, onWalk: ReadonlySet<string>): number => {
    const cached = known.get(id);
    if (cached !== undefined) return cached;
    const step = steps.get(id);
    if (!step) return 0;
    const walking = new Set(onWalk).add(id);
    const next = nextIds(step).filter((target) => !walking.has(target));
    const longest = 1 + Math.max(0, ...next.map((target) => walk(target, walking)));
    known.set(id, longest);
    return longest;
  };
  return walk(fromId, new Set());
}

/** Where the current step sits: its number along the path taken, and the most the path can reach. */
export function stepPosition(script: PfaScriptPack, run: ScriptRun): { number: number; total: number } {
  const number = stepNumber(run);
  return { number, total: number + longestPathFrom(script, run.current) - 1 };
}
