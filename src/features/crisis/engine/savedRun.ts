import * as z from 'zod';
import type { PfaScriptPack } from '../../../content/schema';
import { advance, startRun, switchScript, type ScriptRun } from './scriptEngine';

/*
 * What is saved so a run survives a phone call or the screen locking: ids, choices and a start
 * time. The schema is strict, so nothing else (no text about the person) can ride along. It is
 * only needed to write a run (the type) and to bring one back after an interruption, so the
 * crisis screen loads it only then.
 */
const idPattern = /^[a-z0-9][a-z0-9-]{0,79}$/;
const SavedTrailSchema = z
  .array(z.strictObject({ stepId: z.string().regex(idPattern), choice: z.string().regex(idPattern).optional() }))
  .max(400);

export const SavedRunSchema = z.strictObject({
  version: z.literal(1),
  scriptId: z.string().regex(idPattern),
  startedAt: z.int().min(0),
  current: z.string().regex(idPattern),
  trail: SavedTrailSchema,
  /** Scripts the run was handed off from, or left by changing situation (EarlierPart). */
  earlier: z
    .array(
      z.strictObject({
        scriptId: z.string().regex(idPattern),
        trail: SavedTrailSchema,
        at: z.string().regex(idPattern),
        choice: z.string().regex(idPattern).optional(),
      }),
    )
    .max(20)
    .optional(),
});
export type SavedRun = z.infer<typeof SavedRunSchema>;

/** The script a saved run belongs to, or undefined when the saved data is not a run. */
export function savedScriptId(saved: unknown): string | undefined {
  const parsed = SavedRunSchema.safeParse(saved);
  return parsed.success ? parsed.data.scriptId : undefined;
}

/**
 * Rebuilds a saved run by replaying it against the scripts as installed now: the current one, and
 * (`scripts`) any it was handed off from. If a script changed (an update) so the saved path no
 * longer fits, the run is refused and the caller starts afresh.
 */
export function restoreRun(script: PfaScriptPack, saved: unknown, scripts: readonly PfaScriptPack[] = []): ScriptRun | undefined {
  const parsed = SavedRunSchema.safeParse(saved);
  if (!parsed.success || parsed.data.scriptId !== script.id) return undefined;
  const byId = new Map([...scripts, script].map((candidate) => [candidate.id, candidate]));
  const parts = [
    ...(parsed.data.earlier ?? []),
    { scriptId: script.id, trail: parsed.data.trail, at: parsed.data.current, choice: undefined },
  ];
  const first = byId.get(parts[0]?.scriptId ?? '');
  if (!first) return undefined;
  let run = startRun(first, parsed.data.startedAt);
  try {
    for (const [index, part] of parts.entries()) {
      const owner = byId.get(part.scriptId);
      if (!owner || owner.id !== run.scriptId) return undefined;
      for (const entry of part.trail) {
        if (entry.stepId !== run.current) return undefined;
        run = advance(owner, run, entry.choice);
      }
      if (run.current !== part.at) return undefined;
      const next = parts[index + 1];
      if (!next) break;
      const target = byId.get(next.scriptId);
      if (!target) return undefined;
      // A handoff is replayed through its option; a change of situation starts the next script.
      run = part.choice === undefined ? switchScript(run, target) : advance(owner, run, part.choice, [target]);
    }
  } catch {
    return undefined;
  }
  return run.scriptId === script.id && run.current === parsed.data.current ? run : undefined;
}
