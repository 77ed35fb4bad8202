import type { ReportMeasure } from '../../content/activityReport';
import type { CrisisType, ScriptStep, ServiceType } from '../../content/schema';
import { localDay } from '../../lib/localDay';
import { isCountingOn } from './countingSwitch';

/*
 * What other features call when something worth counting happens. Tiny on purpose: the crisis
 * screen's first chunk carries it (its cold start is benchmarked), so it holds no zod, no vault
 * and no storage code. With counting off it returns at once and nothing else ever loads; with it
 * on, the store (countStore.ts) loads on the first event, after the moment that caused it.
 */

export type ActivityEvent = { measure: ReportMeasure; key: string };
export type DatedEvent = ActivityEvent & { month: string };

/** The calendar month of the event, in her time zone: the only time a report ever holds. */
export function monthOf(date: Date): string {
  return localDay(date).slice(0, 7);
}

let counting: Promise<void> = Promise.resolve();

/** Counts the events if counting is on; never throws and never delays the caller. */
export function countActivity(events: readonly ActivityEvent[], now = new Date()): void {
  if (!isCountingOn() || events.length === 0) return;
  const month = monthOf(now);
  const dated: DatedEvent[] = events.map(({ measure, key }) => ({ month, measure, key }));
  counting = import('./countStore')
    .then((store) => store.addCounts(dated))
    // A chunk that could not load (an update half-done) loses this count, never the run.
    .catch(() => undefined);
}

/** Tests: resolves once the last count asked for has been handed to the store (and written, if the vault is open). */
export function countingSettled(): Promise<void> {
  return counting;
}

/**
 * A crisis run, once it ends: one run of its situation; one danger branch when it reached a Link
 * step offering the emergency numbers (every script's "is anyone in danger?" leads there); each
 * kind of service it offered, once. Only the situation and the packs' fixed words are read from
 * the steps: never a step's text, never what anyone said or typed.
 */
export function crisisRunEvents(crisisType: CrisisType, visitedSteps: readonly ScriptStep[]): ActivityEvent[] {
  const offered = new Set<ServiceType>();
  for (const step of visitedSteps) if (step.type === 'link') for (const need of step.needs) offered.add(need);
  return [
    { measure: 'crisis-run', key: crisisType },
    ...(offered.has('emergency') ? [{ measure: 'danger-branch' as const, key: crisisType }] : []),
    ...[...offered].map((need) => ({ measure: 'referral-offered' as const, key: need })),
  ];
}

export function countCrisisRun(crisisType: CrisisType, visitedSteps: readonly ScriptStep[]): void {
  countActivity(crisisRunEvents(crisisType, visitedSteps));
}

/** A follow-up agreed at the end of a run, by its way (call, message, visit): never who or when. */
export function countFollowUpAgreed(way: string): void {
  countActivity([{ measure: 'follow-up-agreed', key: way }]);
}

/** A course module marked done, by its content id. */
export function countModuleDone(moduleId: string): void {
  countActivity([{ measure: 'module-done', key: moduleId }]);
}
