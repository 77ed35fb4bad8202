import { handoffTarget } from '../../../content/scriptGraph';
import type { PfaScriptPack, ScriptStep, ServiceType } from '../../../content/schema';
import type { SavedRun } from './savedRun';

/*
 * The crisis script engine: plain functions over plain data, no React and no storage, so every
 * path of every script can be walked in a unit test. A run remembers only which steps were passed
 * and which option was picked at each choice; nothing anyone says is ever part of it.
 */
// No zod here: the crisis screen lists scripts and steps through them with these functions alone.
// Checking a script (scriptStructure.ts, before it runs; content/verify.ts at install) and a saved run (savedRun.ts)
// live apart, and load only when they are needed.

/** One step the Companion has passed, and the option picked there if it was a choice. */
export type TrailEntry = { stepId: string; choice?: string };

/**
 * The part of a run spent in a script it has since left, by a handoff (the option picked at `at`)
 * or by the Companion changing situation (no choice). Going back from the start of the next
 * script returns to `at`.
 */
export type EarlierPart = { scriptId: string; trail: readonly TrailEntry[]; at: string; choice?: string };

export type ScriptRun = {
  /** The script the run is in now. */
  scriptId: string;
  /** Steps passed in this script, oldest first; the current step is not in it. */
  trail: readonly TrailEntry[];
  current: string;
  /** Milliseconds since the epoch when the run began (drives the crisis clock), kept across handoffs. */
  startedAt: number;
  /** Scripts the run has left, oldest first; absent until it leaves one. */
  earlier?: readonly EarlierPart[];
};

export function findStep(script: PfaScriptPack, stepId: string): ScriptStep | undefined {
  return script.steps.find((step) => step.id === stepId);
}

export function currentStep(script: PfaScriptPack, run: ScriptRun): ScriptStep {
  const step = findStep(script, run.current);
  // The script checks and restoreRun guarantee this; reaching it means a caller mixed up scripts.
  if (!step) throw new Error(`step "${run.current}" is not in script ${script.id}`);
  return step;
}

export function startRun(script: PfaScriptPack, now: number): ScriptRun {
  return { scriptId: script.id, trail: [], current: script.start, startedAt: now };
}

export class ScriptRunError extends Error {}

/** Leaves the current script for `target`, at `stepId` or its start, keeping history and clock. */
function moveTo(run: ScriptRun, target: PfaScriptPack, stepId: string, choice?: string): ScriptRun {
  const part: EarlierPart =
    choice === undefined
      ? { scriptId: run.scriptId, trail: run.trail, at: run.current }
      : { scriptId: run.scriptId, trail: run.trail, at: run.current, choice };
  return { scriptId: target.id, trail: [], current: stepId, startedAt: run.startedAt, earlier: [...(run.earlier ?? []), part] };
}

/**
 * Moves past the current step. A choice needs the id of one of its options; every other step
 * goes to its one next step. An end step does not move: finishing is the caller's job. An option
 * that hands off moves the run to the same-language script of its situation, found in `scripts`
 * (those installed; pack verification made sure it is there).
 */
export function advance(script: PfaScriptPack, run: ScriptRun, choice?: string, scripts: readonly PfaScriptPack[] = []): ScriptRun {
  const step = currentStep(script, run);
  if (step.type === 'end') throw new ScriptRunError('the script is already at its end');
  if (step.type === 'choose') {
    const option = step.options.find((candidate) => candidate.id === choice);
    if (!option) throw new ScriptRunError(`"${String(choice)}" is not an option of step "${step.id}"`);
    if (option.handoff !== undefined) {
      const target = handoffTarget(scripts, script, option.handoff);
      if (!target) throw new ScriptRunError(`option "${option.id}" hands off to "${option.handoff.crisisType}", which has no script here`);
      return moveTo(run, target, option.handoff.step ?? target.start, option.id);
    }
    return { ...run, trail: [...run.trail, { stepId: step.id, choice: option.id }], current: option.next };
  }
  if (choice !== undefined) throw new ScriptRunError(`step "${step.id}" is not a choice`);
  return { ...run, trail: [...run.trail, { stepId: step.id }], current: step.next };
}

/** Whether an option is open here: a handoff needs its situation's script on this phone. */
export function canTakeOption(
  script: PfaScriptPack,
  option: { handoff?: Parameters<typeof handoffTarget>[2] },
  scripts: readonly PfaScriptPack[],
): boolean {
  return option.handoff === undefined || handoffTarget(scripts, script, option.handoff) !== undefined;
}

/**
 * The Companion changes situation mid-run ("this is really about ..."): the run goes on in
 * `target` from its start, keeping the steps done so far, the clock and the saved state.
 */
export function switchScript(run: ScriptRun, target: PfaScriptPack): ScriptRun {
  return moveTo(run, target, target.start);
}

export function canGoBack(run: ScriptRun): boolean {
  return run.trail.length > 0 || (run.earlier?.length ?? 0) > 0;
}

/**
 * Returns to the previous step, forgetting the choice made there so it can be made again. From
 * the first step of a script the run was handed to, it returns to the step it left from.
 */
export function goBack(run: ScriptRun): ScriptRun {
  const previous = run.trail[run.trail.length - 1];
  if (previous) return { ...run, trail: run.trail.slice(0, -1), current: previous.stepId };
  const left = run.earlier?.[run.earlier.length - 1];
  if (!left || !run.earlier) return run;
  const earlier = run.earlier.slice(0, -1);
  return {
    scriptId: left.scriptId,
    trail: left.trail,
    current: left.at,
    startedAt: run.startedAt,
    ...(earlier.length > 0 ? { earlier } : {}),
  };
}

/** Every step shown so far, oldest first, with the script it belongs to (the current step last). */
export function visitedSteps(script: PfaScriptPack, run: ScriptRun, scripts: readonly PfaScriptPack[] = []): ScriptStep[] {
  const byId = new Map([...scripts, script].map((candidate) => [candidate.id, candidate]));
  const parts = [...(run.earlier ?? []), { scriptId: run.scriptId, trail: run.trail, at: run.current }];
  return parts.flatMap((part) => {
    const owner = byId.get(part.scriptId);
    if (!owner) return [];
    return [...part.trail.map((entry) => entry.stepId), part.at]
      .map((id) => findStep(owner, id))
      .filter((step): step is ScriptStep => step !== undefined);
  });
}

/** False for a step the script does not have, so it can be asked of a script not checked yet. */
export function isAtEnd(script: PfaScriptPack, run: ScriptRun): boolean {
  return findStep(script, run.current)?.type === 'end';
}

/** True once the Companion has been shown services (a Link step), which stops the 20-minute cue. */
export function hasReachedLink(script: PfaScriptPack, run: ScriptRun, scripts: readonly PfaScriptPack[] = []): boolean {
  return visitedSteps(script, run, scripts).some((step) => step.type === 'link');
}

/** Where a step sits in the run: "step 4", counting the current one and the scripts it came through. */
export function stepNumber(run: ScriptRun): number {
  return (run.earlier ?? []).reduce((count, part) => count + part.trail.length + 1, run.trail.length + 1);
}

export type RunSummary = {
  /** Steps passed, in order, by their phase and text, for the Companion's own recap. */
  stepsDone: ScriptStep[];
  /** The needs of every Link step reached, in order, without repeats. */
  referralNeeds: ServiceType[];
};

/** The run's recap; `scripts` lets it include the steps done in scripts the run has left. */
export function summariseRun(script: PfaScriptPack, run: ScriptRun, scripts: readonly PfaScriptPack[] = []): RunSummary {
  const visited = visitedSteps(script, run, scripts);
  const referralNeeds: ServiceType[] = [];
  for (const step of visited) {
    if (step.type !== 'link') continue;
    for (const need of step.needs) if (!referralNeeds.includes(need)) referralNeeds.push(need);
  }
  return { stepsDone: visited.filter((step) => step.type !== 'end'), referralNeeds };
}

// ---------- resume after an interruption ----------

/** What is kept so a run survives a phone call: ids and choices only (SavedRunSchema checks it on the way back). */
const savedTrail = (trail: readonly TrailEntry[]) =>
  trail.map((entry) => (entry.choice === undefined ? { stepId: entry.stepId } : { stepId: entry.stepId, choice: entry.choice }));

export function toSavedRun(run: ScriptRun): SavedRun {
  const earlier = (run.earlier ?? []).map((part) => ({
    scriptId: part.scriptId,
    trail: savedTrail(part.trail),
    at: part.at,
    ...(part.choice === undefined ? {} : { choice: part.choice }),
  }));
  return {
    version: 1,
    scriptId: run.scriptId,
    startedAt: run.startedAt,
    current: run.current,
    trail: savedTrail(run.trail),
    ...(earlier.length > 0 ? { earlier } : {}),
  };
}
