import * as z from 'zod';
import { checkScriptGraph } from '../../../content/scriptGraph';
import { PfaScriptPackSchema, type PfaScriptPack } from '../../../content/schema';

export type LoadResult = { ok: true; script: PfaScriptPack } | { ok: false; problems: string[] };

/**
 * The full check of a script from outside (the pack schema, then the graph): a broken script must
 * never strand a Companion mid-crisis. Packs get it when they are installed; a script from this
 * phone's database gets the cheaper scriptStructure check before it runs.
 */
export function loadScript(input: unknown): LoadResult {
  const parsed = PfaScriptPackSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: [z.prettifyError(parsed.error)] };
  const graphProblems = checkScriptGraph(parsed.data);
  if (graphProblems.length > 0) {
    return { ok: false, problems: graphProblems.map((problem) => `step "${problem.stepId}": ${problem.message}`) };
  }
  return { ok: true, script: parsed.data };
}
