import type { PfaScriptPack } from '../../../content/schema';
import { validatePack } from '../../../content/verify';

/**
 * For tests: a script as the install check accepts it (content/verify.ts: schema, unique ids,
 * graph), which is what every installed script has passed before the engine sees it.
 */
export function installedScript(input: unknown): PfaScriptPack {
  const checked = validatePack(input);
  if (!checked.ok) throw new Error(checked.problems.map((problem) => problem.message).join('; '));
  if (checked.pack.kind !== 'pfa-script') throw new Error(`${checked.pack.id} is not a script`);
  return checked.pack;
}
