import * as z from 'zod';
import { followUpWayKeys } from '../../content/activityReport';
import { deleteRecord, getRecords, isVaultError, putRecord, putRecords } from '../../vault';
import { localDayOf, localTimeOf, type LocalDay } from './localDay';

/*
 * A follow-up: the next contact a Companion agreed with someone at the end of a crisis run. Who it
 * is (a first name or nickname), by when, and how. It names a person in a hard moment, so it
 * lives only in the vault, encrypted; record ids are random. Done and dropped follow-ups are
 * deleted, not marked: nothing is kept that no screen needs.
 */
export const followUpKind = 'follow-up';

// The activity report counts follow-ups by these words, so it and this screen share one list.
export const followUpWays = followUpWayKeys;
export type FollowUpWay = (typeof followUpWays)[number];

/** A first name or a nickname, not a description: a few words at most. Counted as people see characters. */
export const maxWhoLength = 60;

const DaySchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const FollowUpSchema = z.strictObject({
  who: z
    .string()
    .min(1)
    .refine((who) => Array.from(who).length <= maxWhoLength),
  /** The local day it is due by. */
  due: DaySchema,
  /** An optional local time that day; without one, it is due from the start of the day. */
  time: TimeSchema.optional(),
  how: z.enum(followUpWays),
  createdAt: z.iso.datetime(),
  /** When the optional reminder told her about it: each follow-up reminds once. */
  remindedAt: z.iso.datetime().optional(),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;
export type StoredFollowUp = FollowUp & { id: string };

export type FollowUpDraft = { who: string; due: LocalDay; time: string; how: FollowUpWay };
export type FollowUpProblem = { who?: 'missing' | 'too-long'; due?: 'missing' };

/** The follow-up the draft describes, or what the Companion has to fix first. */
export function checkFollowUp(draft: FollowUpDraft, now = new Date()): { followUp: FollowUp } | { problems: FollowUpProblem } {
  const who = draft.who.trim();
  const problems: FollowUpProblem = {};
  if (who === '') problems.who = 'missing';
  else if (Array.from(who).length > maxWhoLength) problems.who = 'too-long';
  if (!DaySchema.safeParse(draft.due).success) problems.due = 'missing';
  if (problems.who || problems.due) return { problems };
  const time = TimeSchema.safeParse(draft.time);
  return {
    followUp: FollowUpSchema.parse({
      who,
      due: draft.due,
      ...(time.success ? { time: time.data } : {}),
      how: draft.how,
      createdAt: now.toISOString(),
    }),
  };
}

/** Due today or overdue: what Home shows. A time later today still counts: it is today's. */
export function isDueBy(followUp: FollowUp, now: Date): boolean {
  return followUp.due <= localDayOf(now);
}

/** Its moment has come: an earlier day, or today with no time or a time now past. What the reminder tells. */
export function hasComeDue(followUp: FollowUp, now: Date): boolean {
  const today = localDayOf(now);
  if (followUp.due < today) return true;
  return followUp.due === today && (followUp.time === undefined || followUp.time <= localTimeOf(now));
}

/** Due today or overdue, the oldest first (then by time; no time first, as it is due from the day's start). */
export function dueFollowUps(followUps: readonly StoredFollowUp[], now: Date): StoredFollowUp[] {
  return followUps
    .filter((followUp) => isDueBy(followUp, now))
    .sort((a, b) => a.due.localeCompare(b.due) || (a.time ?? '').localeCompare(b.time ?? ''));
}

export async function saveFollowUp(followUp: FollowUp): Promise<string> {
  const id = crypto.randomUUID();
  await putRecord(followUpKind, id, FollowUpSchema.parse(followUp));
  return id;
}

export type LoadedFollowUps = { followUps: StoredFollowUp[]; unreadable: number };

/** Every follow-up still open. Needs the vault open. */
export async function loadFollowUps(): Promise<LoadedFollowUps> {
  const { records, damaged } = await getRecords(followUpKind);
  const loaded: LoadedFollowUps = { followUps: [], unreadable: damaged.length };
  for (const record of records) {
    const parsed = FollowUpSchema.safeParse(record.value);
    if (parsed.success) loaded.followUps.push({ ...parsed.data, id: record.id });
    else loaded.unreadable++;
  }
  return loaded;
}

/** The stored shape of a follow-up read back, without the record id it was read under. */
function recordOf(followUp: StoredFollowUp): FollowUp {
  const { who, due, time, how, createdAt, remindedAt } = followUp;
  return FollowUpSchema.parse({ who, due, time, how, createdAt, remindedAt });
}

/** Done or dropped: either way it leaves the vault. */
export async function closeFollowUp(id: string): Promise<void> {
  await deleteRecord(followUpKind, id);
}

/** Moved to another day (and time): it will remind again then. */
export async function moveFollowUp(followUp: StoredFollowUp, due: LocalDay, time: string): Promise<void> {
  const parsedTime = TimeSchema.safeParse(time);
  // A new day is a new reminder: the old time and "reminded" go with the old day.
  const moved = FollowUpSchema.parse({
    ...recordOf(followUp),
    due,
    time: parsedTime.success ? parsedTime.data : undefined,
    remindedAt: undefined,
  });
  await putRecord(followUpKind, followUp.id, moved);
}

/** Marks these as reminded, all in one write. */
export async function markReminded(followUps: readonly StoredFollowUp[], now: Date): Promise<void> {
  await putRecords(
    followUps.map((followUp) => ({
      kind: followUpKind,
      id: followUp.id,
      value: FollowUpSchema.parse({ ...recordOf(followUp), remindedAt: now.toISOString() }),
    })),
  );
}

export type AftercareFailure = 'locked' | 'storage-full' | 'failed';

export function failureOf(error: unknown): AftercareFailure {
  if (isVaultError(error, 'locked') || isVaultError(error, 'no-vault')) return 'locked';
  if (isVaultError(error, 'storage-full')) return 'storage-full';
  return 'failed';
}
