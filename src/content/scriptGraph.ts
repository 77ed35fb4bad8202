import type { ChoiceOption, Handoff, PfaScriptPack, ScriptStep } from './schema';

export type GraphProblem = { stepId: string; message: string };

/** The steps of the same script a step leads to; a handoff option leads out of it (handoffsOf). */
export function nextStepIds(step: ScriptStep): string[] {
  switch (step.type) {
    case 'choose':
      return step.options.flatMap((option) => (option.next !== undefined ? [option.next] : []));
    case 'end':
      return [];
    default:
      return [step.next];
  }
}

/** The handoffs a step offers, with the option that offers each. */
export function handoffsOf(step: ScriptStep): { option: ChoiceOption; handoff: Handoff }[] {
  if (step.type !== 'choose' || !Array.isArray(step.options)) return [];
  return step.options.flatMap((option) => (option.handoff !== undefined ? [{ option, handoff: option.handoff }] : []));
}

/**
 * A script a Companion follows in a crisis must never strand them: every target exists,
 * every step can still reach an end, and no step is unreachable from the start.
 */
export function checkScriptGraph(script: Pick<PfaScriptPack, 'start' | 'steps'>): GraphProblem[] {
  const problems: GraphProblem[] = [];
  const stepsById = new Map<string, ScriptStep>();
  for (const step of script.steps) {
    if (stepsById.has(step.id)) problems.push({ stepId: step.id, message: `duplicate step id "${step.id}"` });
    stepsById.set(step.id, step);
  }
  if (!stepsById.has(script.start)) problems.push({ stepId: script.start, message: `start step "${script.start}" does not exist` });

  for (const step of script.steps) {
    for (const target of nextStepIds(step)) {
      if (!stepsById.has(target)) problems.push({ stepId: step.id, message: `points to missing step "${target}"` });
    }
    if (step.type === 'choose') {
      const optionIds = step.options.map((option) => option.id);
      if (new Set(optionIds).size !== optionIds.length) problems.push({ stepId: step.id, message: 'has duplicate option ids' });
    }
  }

  const reachable = new Set<string>();
  const queue = stepsById.has(script.start) ? [script.start] : [];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (reachable.has(id)) continue;
    reachable.add(id);
    const step = stepsById.get(id);
    if (step) queue.push(...nextStepIds(step).filter((target) => stepsById.has(target)));
  }
  for (const step of script.steps) {
    if (!reachable.has(step.id)) problems.push({ stepId: step.id, message: 'cannot be reached from the start' });
  }

  // Walk backwards from the ends: whatever is not found can never finish.
  const predecessors = new Map<string, string[]>();
  for (const step of script.steps) {
    for (const target of nextStepIds(step)) predecessors.set(target, [...(predecessors.get(target) ?? []), step.id]);
  }
  const canFinish = new Set<string>();
  // A handoff leaves the script; whether the other script can finish is checked across the
  // release (checkScriptHandoffs), so here a step that hands off counts as a way out.
  const backQueue = script.steps.filter((step) => step.type === 'end' || handoffsOf(step).length > 0).map((step) => step.id);
  if (!script.steps.some((step) => step.type === 'end')) problems.push({ stepId: script.start, message: 'the script has no end step' });
  while (backQueue.length > 0) {
    const id = backQueue.pop() as string;
    if (canFinish.has(id)) continue;
    canFinish.add(id);
    backQueue.push(...(predecessors.get(id) ?? []));
  }
  for (const step of script.steps) {
    if (reachable.has(step.id) && !canFinish.has(step.id) && canFinish.size > 0) {
      problems.push({ stepId: step.id, message: 'can never reach an end step (it loops forever)' });
    }
  }
  return problems;
}

// ---------- handoffs across scripts ----------

type HandoffScript = Pick<PfaScriptPack, 'id' | 'locale' | 'crisisType' | 'start' | 'steps'>;

export type HandoffProblem = { scriptId: string; stepId: string; optionId?: string; message: string };

/**
 * The script a handoff moves a run to: the same-language script of that situation (the first one
 * that has the step asked for). The engine and the checks below resolve handoffs the same way.
 */
export function handoffTarget<T extends HandoffScript>(
  scripts: readonly T[],
  from: Pick<PfaScriptPack, 'locale'>,
  handoff: Handoff,
): T | undefined {
  return scripts.find(
    (script) =>
      script.locale === from.locale &&
      script.crisisType === handoff.crisisType &&
      (handoff.step === undefined || script.steps.some((step) => step.id === handoff.step)),
  );
}

/**
 * Handoffs across a set of scripts (a release, or what a source will have installed): every
 * target script and step exists in the same language, and no handoff loop strands a Companion:
 * from every step that can be reached, some path, handoffs included, still reaches an end.
 * Each script alone must already pass checkScriptGraph.
 */
export function checkScriptHandoffs(scripts: readonly HandoffScript[]): HandoffProblem[] {
  const problems: HandoffProblem[] = [];
  const node = (scriptId: string, stepId: string) => `${scriptId}\u0000${stepId}`;
  const edges = new Map<string, string[]>();
  const ends: string[] = [];
  const reachable = new Set<string>();
  const queue: string[] = [];
  for (const script of scripts) {
    if (!Array.isArray(script.steps)) continue;
    queue.push(node(script.id, script.start));
    for (const step of script.steps) {
      const from = node(script.id, step.id);
      if (step.type === 'end') ends.push(from);
      const targets = nextStepIds(step).map((id) => node(script.id, id));
      for (const { option, handoff } of handoffsOf(step)) {
        const where = { scriptId: script.id, stepId: step.id, optionId: option.id };
        const sameSituation = scripts.filter((other) => other.locale === script.locale && other.crisisType === handoff.crisisType);
        const target = handoffTarget(scripts, script, handoff);
        if (sameSituation.length === 0) {
          problems.push({ ...where, message: `hands off to "${handoff.crisisType}", but there is no ${script.locale} script for it` });
        } else if (!target) {
          problems.push({
            ...where,
            message: `hands off to step "${String(handoff.step)}" of "${handoff.crisisType}", which its ${script.locale} script does not have`,
          });
        } else {
          targets.push(node(target.id, handoff.step ?? target.start));
        }
      }
      edges.set(from, targets);
    }
  }
  if (problems.length > 0) return problems;

  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (reachable.has(id)) continue;
    reachable.add(id);
    queue.push(...(edges.get(id) ?? []));
  }
  const predecessors = new Map<string, string[]>();
  for (const [from, targets] of edges) for (const target of targets) predecessors.set(target, [...(predecessors.get(target) ?? []), from]);
  const canFinish = new Set<string>();
  const backQueue = [...ends];
  while (backQueue.length > 0) {
    const id = backQueue.pop() as string;
    if (canFinish.has(id)) continue;
    canFinish.add(id);
    backQueue.push(...(predecessors.get(id) ?? []));
  }
  for (const script of scripts) {
    if (!Array.isArray(script.steps)) continue;
    for (const step of script.steps) {
      const id = node(script.id, step.id);
      if (reachable.has(id) && edges.has(id) && !canFinish.has(id)) {
        problems.push({
          scriptId: script.id,
          stepId: step.id,
          message: 'can never reach an end step: its handoffs only lead round in a loop',
        });
      }
    }
  }
  return problems;
}
