import { matchesShortCode } from '../../vault/shortCode';
import { disguiseCodePattern, type SafetySettings } from './safetySettings';

/**
 * Whether what was typed on the calculator, followed by "=", is the disguise code. Only a plain
 * number of the code's length can be: anything typed after an operator is a sum, not the code.
 */
export async function isDisguiseCode(typed: string, hasOperator: boolean, settings: SafetySettings): Promise<boolean> {
  const { isDisguised, disguiseCodeSeal } = settings;
  if (!isDisguised || !disguiseCodeSeal || hasOperator) return false;
  // The pattern DisguiseCodeSchema checks, without loading zod on the calculator's first screen.
  if (!disguiseCodePattern.test(typed)) return false;
  return matchesShortCode(typed, disguiseCodeSeal);
}
