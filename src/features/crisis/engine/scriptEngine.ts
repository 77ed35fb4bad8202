import type { PfaScriptPack, ScriptStep, ServiceType } from '../../../packs/schema';
import type { SavedRun } from './savedRun';

/*
 * The crisis script engine: plain functions over plain data, no React and no storage, so every
 * path of every script can be walked in a unit test. A run remembers only which steps were passed
 * and which option was picked at each choice; nothing anyone says is ever part of it.
 */
// No zod here: the crisis screen lists scripts and steps through them with these functions alone.
// Checking a script (scriptStructure.ts, or loadScript.ts with zod) and a saved run (savedRun.ts)
// live apart, and load only when they are needed.

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
    if (option.next === undefined) throw new ScriptRunError(`option "${option.id}" hands off to another script: use handOff`);
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

/** False for a step the script does not have, so it can be asked of a script not checked yet. */
export function isAtEnd(script: PfaScriptPack, run: ScriptRun): boolean {
  return findStep(script, run.current)?.type === 'end';
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
  referralNeeds: ServiceType[];
};

export function summariseRun(script: PfaScriptPack, run: ScriptRun): RunSummary {
  const visited = [...run.trail.map((entry) => entry.stepId), run.current]
    .map((id) => findStep(script, id))
    .filter((step): step is ScriptStep => step !== undefined);
  const referralNeeds: ServiceType[] = [];
  for (const step of visited) {
    if (step.type !== 'link') continue;
    for (const need of step.needs) if (!referralNeeds.includes(need)) referralNeeds.push(need);
  }
  return { stepsDone: visited.filter((step) => step.type !== 'end'), referralNeeds };
}

// ---------- resume after an interruption ----------

/** What is kept so a run survives a phone call: ids and choices only (SavedRunSchema checks it on the way back). */
export function toSavedRun(run: ScriptRun): SavedRun {
  return {
    version: 1,
    scriptId: run.scriptId,
    startedAt: run.startedAt,
    current: run.current,
    trail: run.trail.map((entry) => (entry.choice === undefined ? { stepId: entry.stepId } : { stepId: entry.stepId, choice: entry.choice })),
  };
}
