import { deleteRecord, getRecords, isVaultError, putRecord } from '../../vault';
import { draftOfRecord, draftRecordOf, PlanDraftRecordSchema, SafetyPlanSchema, type PlanDraft, type SafetyPlan } from './plan';

/*
 * The plan's one record in the vault. Its id is random, like every vault record's, so storage
 * shows only that some record of this kind exists. A backup from another phone may bring a second
 * copy (records merge by id): the newest one is the plan, and the next save goes to it.
 */
export const safetyPlanKind = 'safety-plan';
export const planSchemaVersion = 1;

export type StoredPlan = { recordId: string; plan: SafetyPlan };
export type LoadedPlan = {
  /** The newest readable plan; undefined when she has none yet. */
  current: StoredPlan | undefined;
  /** Copies that could not be read back (damaged, or not a plan). */
  unreadable: number;
};

export async function loadPlan(): Promise<LoadedPlan> {
  const { records, damaged } = await getRecords(safetyPlanKind);
  let current: StoredPlan | undefined;
  let unreadable = damaged.length;
  for (const record of records) {
    const parsed = SafetyPlanSchema.safeParse(record.value);
    if (!parsed.success) {
      unreadable++;
      continue;
    }
    if (!current || parsed.data.updatedAt > current.plan.updatedAt) current = { recordId: record.id, plan: parsed.data };
  }
  return { current, unreadable };
}

/** Saves the plan over its record, or as a new one; resolves with the record's id. */
export async function savePlan(plan: SafetyPlan, recordId: string = crypto.randomUUID()): Promise<string> {
  await putRecord(safetyPlanKind, recordId, SafetyPlanSchema.parse(plan), planSchemaVersion);
  return recordId;
}

export type PlanSaveFailure = 'locked' | 'storage-full' | 'changed' | 'failed';

/** What a failed save means to her: each has its own message, and the draft stays on screen for all. */
export function planSaveFailureOf(error: unknown): PlanSaveFailure {
  if (isVaultError(error, 'locked') || isVaultError(error, 'no-vault')) return 'locked';
  if (isVaultError(error, 'storage-full')) return 'storage-full';
  if (isVaultError(error, 'vault-gone') || isVaultError(error, 'key-changed')) return 'changed';
  return 'failed';
}

/*
 * An unsaved draft, kept when the page is hidden (she may be copying a number from her contacts
 * app) while the key is still in memory: the vault locks after a while in the background, and the
 * lock takes the editor away. Encrypted like the plan; deleted once she saves or discards it.
 */
export const safetyPlanDraftKind = 'safety-plan-draft';

export type KeptDraft = { draft: PlanDraft; recordIds: string[] };

export async function keepDraft(draft: PlanDraft, recordId: string): Promise<void> {
  await putRecord(safetyPlanDraftKind, recordId, draftRecordOf(draft), planSchemaVersion);
}

/** The newest kept draft, with the ids of every copy (a backup may bring another) to delete together. */
export async function loadKeptDraft(): Promise<KeptDraft | undefined> {
  const { records, damaged } = await getRecords(safetyPlanDraftKind);
  let newest: { keptAt: string; draft: PlanDraft } | undefined;
  for (const record of records) {
    const parsed = PlanDraftRecordSchema.safeParse(record.value);
    if (parsed.success && (!newest || parsed.data.keptAt > newest.keptAt))
      newest = { keptAt: parsed.data.keptAt, draft: draftOfRecord(parsed.data) };
  }
  const recordIds = [...records.map((record) => record.id), ...damaged];
  return newest ? { draft: newest.draft, recordIds } : undefined;
}

/** Best effort: a copy that stays is offered again next time, never lost. */
export async function forgetKeptDrafts(recordIds: readonly string[]): Promise<void> {
  await Promise.all(recordIds.map((id) => deleteRecord(safetyPlanDraftKind, id).catch(() => undefined)));
}
