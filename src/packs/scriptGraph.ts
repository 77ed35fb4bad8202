import type { PfaScriptPack, ScriptStep } from './schema';

export type GraphProblem = { stepId: string; message: string };

export function nextStepIds(step: ScriptStep): string[] {
  switch (step.type) {
    case 'choose':
      return step.options.map((option) => option.next);
    case 'end':
      return [];
    default:
      return [step.next];
  }
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
  const backQueue = script.steps.filter((step) => step.type === 'end').map((step) => step.id);
  if (backQueue.length === 0) problems.push({ stepId: script.start, message: 'the script has no end step' });
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
