import * as z from 'zod';
import { checkScriptGraph } from '../../../packs/scriptGraph';
import { PfaScriptPackSchema, type PfaScriptPack, type ScriptStep } from '../../../packs/schema';

/*
 * The crisis script engine: plain functions over plain data, no React and no storage, so every
 * path of every script can be walked in a unit test. A run remembers only which steps were passed
 * and which option was picked at each choice; nothing anyone says is ever part of it.
 */

/** One step the Companion has passed, and the option picked there if it was a choice. */
export type TrailEntry = { stepId: string; choice?: string };

export type ScriptRun = {
  scriptId: string;
  /** Steps passed, oldest first; the current step is not in it. */
  trail: readonly TrailEntry[];
  current: string;
  /** Milliseconds since the epoch when the run began (drives the crisis clock). */
  startedAt: number;
};

export type LoadResult = { ok: true; script: PfaScriptPack } | { ok: false; problems: string[] };

/** Parses and checks a script before it may run: a broken script must never strand a Companion mid-crisis. */
export function loadScript(input: unknown): LoadResult {
  const parsed = PfaScriptPackSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: [z.prettifyError(parsed.error)] };
  const graphProblems = checkScriptGraph(parsed.data);
  if (graphProblems.length > 0) {
    return { ok: false, problems: graphProblems.map((problem) => `step "${problem.stepId}": ${problem.message}`) };
  }
  return { ok: true, script: parsed.data };
}

export function findStep(script: PfaScriptPack, stepId: string): ScriptStep | undefined {
  return script.steps.find((step) => step.id === stepId);
}

export function currentStep(script: PfaScriptPack, run: ScriptRun): ScriptStep {
  const step = findStep(script, run.current);
  // loadScript and restoreRun guarantee this; reaching it means a caller mixed up scripts.
  if (!step) throw new Error(`step "${run.current}" is not in script ${script.id}`);
  return step;
}

export function startRun(script: PfaScriptPack, now: number): ScriptRun {
  return { scriptId: script.id, trail: [], current: script.start, startedAt: now };
}

export class ScriptRunError extends Error {}

/**
 * Moves past the current step. A choice needs the id of one of its options; every other step
 * goes to its one next step. An end step does not move: finishing is the caller's job.
 */
export function advance(script: PfaScriptPack, run: ScriptRun, choice?: string): ScriptRun {
  const step = currentStep(script, run);
  if (step.type === 'end') throw new ScriptRunError('the script is already at its end');
  if (step.type === 'choose') {
    const option = step.options.find((candidate) => candidate.id === choice);
    if (!option) throw new ScriptRunError(`"${String(choice)}" is not an option of step "${step.id}"`);
    return { ...run, trail: [...run.trail, { stepId: step.id, choice: option.id }], current: option.next };
  }
  if (choice !== undefined) throw new ScriptRunError(`step "${step.id}" is not a choice`);
  return { ...run, trail: [...run.trail, { stepId: step.id }], current: step.next };
}

export function canGoBack(run: ScriptRun): boolean {
  return run.trail.length > 0;
}

/** Returns to the previous step, forgetting the choice made there so it can be made again. */
export function goBack(run: ScriptRun): ScriptRun {
  const previous = run.trail[run.trail.length - 1];
  if (!previous) return run;
  return { ...run, trail: run.trail.slice(0, -1), current: previous.stepId };
}

export function isAtEnd(script: PfaScriptPack, run: ScriptRun): boolean {
  return currentStep(script, run).type === 'end';
}

/** True once the Companion has been shown services (a Link step), which stops the 20-minute cue. */
export function hasReachedLink(script: PfaScriptPack, run: ScriptRun): boolean {
  return [...run.trail.map((entry) => entry.stepId), run.current].some((id) => findStep(script, id)?.type === 'link');
}

/** Where a step sits in the run: "step 4", counting the current one. */
export function stepNumber(run: ScriptRun): number {
  return run.trail.length + 1;
}

export type RunSummary = {
  /** Steps passed, in order, by their phase and text, for the Companion's own recap. */
  stepsDone: ScriptStep[];
  /** The needs of every Link step reached, in order, without repeats. */
  referralNeeds: string[];
};

export function summariseRun(script: PfaScriptPack, run: ScriptRun): RunSummary {
  const visited = [...run.trail.map((entry) => entry.stepId), run.current]
    .map((id) => findStep(script, id))
    .filter((step): step is ScriptStep => step !== undefined);
  const referralNeeds: string[] = [];
  for (const step of visited) {
    if (step.type !== 'link') continue;
    for (const need of step.needs) if (!referralNeeds.includes(need)) referralNeeds.push(need);
  }
  return { stepsDone: visited.filter((step) => step.type !== 'end'), referralNeeds };
}

// ---------- resume after an interruption ----------

/**
 * What is saved so a run survives a phone call or the screen locking: ids, choices and a start
 * time. The schema is strict, so nothing else (no text about the person) can ride along.
 */
const idPattern = /^[a-z0-9][a-z0-9-]{0,79}$/;
export const SavedRunSchema = z.strictObject({
  version: z.literal(1),
  scriptId: z.string().regex(idPattern),
  startedAt: z.int().min(0),
  current: z.string().regex(idPattern),
  trail: z.array(z.strictObject({ stepId: z.string().regex(idPattern), choice: z.string().regex(idPattern).optional() })).max(400),
});
export type SavedRun = z.infer<typeof SavedRunSchema>;

export function toSavedRun(run: ScriptRun): SavedRun {
  return {
    version: 1,
    scriptId: run.scriptId,
    startedAt: run.startedAt,
    current: run.current,
    trail: run.trail.map((entry) => (entry.choice === undefined ? { stepId: entry.stepId } : { stepId: entry.stepId, choice: entry.choice })),
  };
}

/** The script a saved run belongs to, or undefined when the saved data is not a run. */
export function savedScriptId(saved: unknown): string | undefined {
  const parsed = SavedRunSchema.safeParse(saved);
  return parsed.success ? parsed.data.scriptId : undefined;
}

/**
 * Rebuilds a saved run by replaying it against the script as installed now. If the script changed
 * (an update) so the saved path no longer fits, the run is refused and the caller starts afresh.
 */
export function restoreRun(script: PfaScriptPack, saved: unknown): ScriptRun | undefined {
  const parsed = SavedRunSchema.safeParse(saved);
  if (!parsed.success || parsed.data.scriptId !== script.id) return undefined;
  let run = startRun(script, parsed.data.startedAt);
  try {
    for (const entry of parsed.data.trail) {
      if (entry.stepId !== run.current) return undefined;
      run = advance(script, run, entry.choice);
    }
  } catch {
    return undefined;
  }
  return run.current === parsed.data.current ? run : undefined;
}
