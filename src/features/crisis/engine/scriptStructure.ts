import { checkScriptGraph } from '../../../content/scriptGraph';
import type { PfaScriptPack } from '../../../content/schema';
import { crisisTypes, pfaPhases, serviceTypes } from '../../../content/vocabulary';

/*
 * The check a script from this phone's database passes before it runs. It was verified when it
 * was installed (signature, hash, the full pack schema and the graph checks, all in src/content),
 * so building every zod schema again on a cold start, while someone is in crisis, would only
 * cost time. What can still go wrong is a stored row that is not what the engine and the step
 * screen rely on (an old app's data, a damaged database): that is what this looks at, in plain
 * code, and then the same graph check as at install (content/verify.ts is the full check, with zod).
 */

const stepTypes = ['say', 'ask', 'choose', 'timer', 'checklist', 'link', 'end'] as const;

type Shape = Record<string, unknown>;
const isShape = (value: unknown): value is Shape => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isListOf = (value: unknown, isItem: (item: unknown) => boolean): boolean =>
  Array.isArray(value) && value.length > 0 && value.every(isItem);
const isOneOf = (list: readonly string[], value: unknown): boolean => typeof value === 'string' && list.includes(value);

/** An option goes to a step of this script (`next`) or hands off to another situation's script, never both. */
function isUsableOption(option: unknown): boolean {
  if (!isShape(option) || !isText(option.id) || !isText(option.label)) return false;
  const handoff = option.handoff;
  if (handoff === undefined) return isText(option.next);
  return (
    option.next === undefined &&
    isShape(handoff) &&
    isOneOf(crisisTypes, handoff.crisisType) &&
    (handoff.step === undefined || isText(handoff.step))
  );
}

function stepProblems(step: unknown, index: number): string[] {
  if (!isShape(step) || !isText(step.id)) return [`step ${index + 1} has no id`];
  const where = `step "${step.id}"`;
  const problems: string[] = [];
  if (!isOneOf(stepTypes, step.type)) problems.push(`${where} has an unknown type`);
  if (!isOneOf(pfaPhases, step.phase)) problems.push(`${where} has an unknown phase`);
  if (!isText(step.text)) problems.push(`${where} has no text`);
  if (step.note !== undefined && typeof step.note !== 'string') problems.push(`${where} has a note that is not text`);
  if (step.type !== 'choose' && step.type !== 'end' && !isText(step.next)) problems.push(`${where} has no next step`);
  if (step.type === 'choose' && !isListOf(step.options, isUsableOption)) {
    problems.push(`${where} has no usable options`);
  }
  if (step.type === 'checklist' && !isListOf(step.items, isText)) problems.push(`${where} has no items`);
  if (step.type === 'link' && !isListOf(step.needs, (need) => isOneOf(serviceTypes, need)))
    problems.push(`${where} names no known service`);
  if (
    step.type === 'timer' &&
    (typeof step.seconds !== 'number' || !(step.seconds > 0) || (step.exercise !== undefined && !isText(step.exercise)))
  ) {
    problems.push(`${where} has no usable timer`);
  }
  return problems;
}

/** What stops an installed script from running, in plain words; empty when it can run. */
export function scriptStructureProblems(input: unknown): string[] {
  if (!isShape(input)) return ['the script is not an object'];
  const problems: string[] = [];
  for (const field of ['id', 'title', 'locale', 'start'] as const) if (!isText(input[field])) problems.push(`the script has no ${field}`);
  if (!Array.isArray(input.steps) || input.steps.length === 0) return [...problems, 'the script has no steps'];
  input.steps.forEach((step: unknown, index) => problems.push(...stepProblems(step, index)));
  // The graph check reads every step's targets, so it runs only on steps of the right shape.
  if (problems.length > 0) return problems;
  return checkScriptGraph(input as PfaScriptPack).map((problem) => `step "${problem.stepId}": ${problem.message}`);
}
