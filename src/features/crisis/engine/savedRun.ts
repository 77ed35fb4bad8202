import * as z from 'zod';
import type { PfaScriptPack } from '../../../packs/schema';
import { advance, startRun, type ScriptRun } from './scriptEngine';

/*
 * What is saved so a run survives a phone call or the screen locking: ids, choices and a start
 * time. The schema is strict, so nothing else (no text about the person) can ride along. It is
 * only needed to write a run (the type) and to bring one back after an interruption, so the
 * crisis screen loads it only then.
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
