import * as z from 'zod';
import { getRecords, putRecord } from '../../vault';
import { localMonthOf } from './localDay';

/*
 * The Companion's own debrief after a run: three short optional answers about herself and whether
 * it was a hard one. It is about her, not the person she helped, and still private: vault only.
 */
export const debriefKind = 'companion-debrief';

/** Each answer is a line or two, not a journal entry. Counted as people see characters. */
export const maxAnswerLength = 500;

/**
 * When hard runs come close together, the app says so once, gently: 3 hard runs within 7 days.
 * Caring for yourself and your colleagues, and talking it over with a supervisor or a trusted
 * person after hard work, is the guidance of WHO, War Trauma Foundation & World Vision
 * International, "Psychological first aid: guide for field workers" (2011), chapter 4.
 */
export const hardRunsForNotice = 3;
export const hardRunWindowDays = 7;
const dayMs = 24 * 60 * 60 * 1000;

const answer = z.string().refine((text) => Array.from(text).length <= maxAnswerLength);

export const DebriefSchema = z.strictObject({
  savedAt: z.iso.datetime(),
  wentWell: answer,
  wasHard: answer,
  needNow: answer,
  isHardOne: z.boolean(),
});
export type Debrief = z.infer<typeof DebriefSchema>;
export type StoredDebrief = Debrief & { id: string };

export type DebriefDraft = { wentWell: string; wasHard: string; needNow: string; isHardOne: boolean };
export const emptyDebriefDraft: DebriefDraft = { wentWell: '', wasHard: '', needNow: '', isHardOne: false };
export type DebriefField = 'wentWell' | 'wasHard' | 'needNow';
export const debriefFields: readonly DebriefField[] = ['wentWell', 'wasHard', 'needNow'];

export function tooLongAnswers(draft: DebriefDraft): DebriefField[] {
  return debriefFields.filter((field) => Array.from(draft[field].trim()).length > maxAnswerLength);
}

export function debriefFrom(draft: DebriefDraft, now = new Date()): Debrief {
  return DebriefSchema.parse({
    savedAt: now.toISOString(),
    wentWell: draft.wentWell.trim(),
    wasHard: draft.wasHard.trim(),
    needNow: draft.needNow.trim(),
    isHardOne: draft.isHardOne,
  });
}

export async function saveDebrief(debrief: Debrief): Promise<string> {
  const id = crypto.randomUUID();
  await putRecord(debriefKind, id, DebriefSchema.parse(debrief));
  return id;
}

export type LoadedDebriefs = { debriefs: StoredDebrief[]; unreadable: number };

/** Every debrief, newest first. Needs the vault open. */
export async function loadDebriefs(): Promise<LoadedDebriefs> {
  const { records, damaged } = await getRecords(debriefKind);
  const loaded: LoadedDebriefs = { debriefs: [], unreadable: damaged.length };
  for (const record of records) {
    const parsed = DebriefSchema.safeParse(record.value);
    if (parsed.success) loaded.debriefs.push({ ...parsed.data, id: record.id });
    else loaded.unreadable++;
  }
  loaded.debriefs.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return loaded;
}

/** How many runs were marked hard in the last `hardRunWindowDays` days. */
export function recentHardRuns(debriefs: readonly Debrief[], now: Date): number {
  const since = now.getTime() - hardRunWindowDays * dayMs;
  return debriefs.filter((debrief) => {
    const at = Date.parse(debrief.savedAt);
    return debrief.isHardOne && at > since && at <= now.getTime();
  }).length;
}

/** Several hard runs close together: at least `hardRunsForNotice` marked hard in the last `hardRunWindowDays` days. */
export function needsHardRunNotice(debriefs: readonly Debrief[], now: Date): boolean {
  return recentHardRuns(debriefs, now) >= hardRunsForNotice;
}

/** Debriefs by local month (YYYY-MM), newest month first, each newest first. */
export function debriefsByMonth(debriefs: readonly StoredDebrief[]): { month: string; debriefs: StoredDebrief[] }[] {
  const months = new Map<string, StoredDebrief[]>();
  for (const debrief of [...debriefs].sort((a, b) => b.savedAt.localeCompare(a.savedAt))) {
    const month = localMonthOf(new Date(debrief.savedAt));
    months.set(month, [...(months.get(month) ?? []), debrief]);
  }
  return [...months].map(([month, list]) => ({ month, debriefs: list }));
}
