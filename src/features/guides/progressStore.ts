import * as z from 'zod';
import { getRecord, putRecord } from '../../vault';

/*
 * Course progress lives in two places, so the course works fully without a journal:
 * - On the phone, unlocked (localStorage): which modules are done and which practice questions were
 *   answered. That names public course modules and says nothing about the person, so it may be kept
 *   like a setting (docs/security.md keeps plaintext away from what a person writes or chooses about
 *   herself: text, mood, tags, contacts, notes). It shows after a reload without an unlock.
 * - In the vault (encrypted), when there is one and it is open: all of it, plus "skipped". Skipping a
 *   module on a painful topic can say something about the person, so skips are never kept unlocked;
 *   without an open vault they last only for this visit. Reflections (her own words) are vault only.
 */
const progressKind = 'course-progress';
const progressId = 'course';
const reflectionKind = 'course-reflection';

export const maxReflectionLength = 5_000;

/** More than a module can hold (10 choose drills and 10 practice items), so a renamed drill never overflows it. */
const maxDrillIds = 40;

// Parts practised and where she was are optional in storage: progress kept by earlier versions has none.
const ModuleProgressSchema = z.object({
  /** Drills (choose, spot, rewrite, order) answered at least once: public content ids only. */
  drills: z.array(z.string().max(64)).max(maxDrillIds),
  isDone: z.boolean(),
  isSkipped: z.boolean(),
  /** The scenario was played to one of its ends. */
  isScenarioDone: z.boolean().optional(),
  /** The role-play was marked as done. */
  isRolePlayDone: z.boolean().optional(),
  /** The part of the module she was on when she left (a fixed part name, see course/parts.ts). */
  part: z.string().max(16).optional(),
});
export type ModuleProgress = z.infer<typeof ModuleProgressSchema>;

const CourseProgressSchema = z.object({
  modules: z.record(z.string().max(64), ModuleProgressSchema),
});
export type CourseProgress = z.infer<typeof CourseProgressSchema>;

export const emptyProgress: CourseProgress = { modules: {} };
const emptyModule: ModuleProgress = { drills: [], isDone: false, isSkipped: false };

export function moduleProgress(progress: CourseProgress, slug: string): ModuleProgress {
  return progress.modules[slug] ?? emptyModule;
}

/** Damaged or unexpected stored progress is read as "nothing yet" rather than breaking the course. */
export async function loadProgress(): Promise<CourseProgress> {
  const stored = await getRecord(progressKind, progressId);
  const parsed = CourseProgressSchema.safeParse(stored);
  return parsed.success ? parsed.data : emptyProgress;
}

export function withDrillAnswered(progress: CourseProgress, slug: string, drillId: string): CourseProgress {
  const current = moduleProgress(progress, slug);
  if (current.drills.includes(drillId) || current.drills.length >= maxDrillIds) return progress;
  return { modules: { ...progress.modules, [slug]: { ...current, drills: [...current.drills, drillId] } } };
}

export function withModuleState(progress: CourseProgress, slug: string, change: Partial<Omit<ModuleProgress, 'drills'>>): CourseProgress {
  const current = moduleProgress(progress, slug);
  const next = { ...current, ...change };
  // Unchanged progress is the same object, so the caller skips a needless save.
  if ((Object.keys(change) as (keyof typeof change)[]).every((key) => current[key] === next[key])) return progress;
  return { modules: { ...progress.modules, [slug]: next } };
}

export async function saveProgress(progress: CourseProgress): Promise<void> {
  await putRecord(progressKind, progressId, progress);
}

const plainProgressKey = 'companera.course.v1';
const PlainModuleSchema = ModuleProgressSchema.omit({ isSkipped: true });
const PlainProgressSchema = z.object({ modules: z.record(z.string().max(64), PlainModuleSchema) });

/** Done modules and answered practice, as kept unlocked on the phone; skips are never in it. */
export function loadPlainProgress(): CourseProgress {
  let stored: unknown;
  try {
    stored = JSON.parse(localStorage.getItem(plainProgressKey) ?? 'null');
  } catch {
    return emptyProgress;
  }
  const parsed = PlainProgressSchema.safeParse(stored);
  if (!parsed.success) return emptyProgress;
  const modules: CourseProgress['modules'] = {};
  for (const [slug, module] of Object.entries(parsed.data.modules)) modules[slug] = { ...module, isSkipped: false };
  return { modules };
}

/** Keeps the plain part of the progress; throws when storage refuses (full, blocked). */
export function savePlainProgress(progress: CourseProgress): void {
  const modules: Record<string, z.infer<typeof PlainModuleSchema>> = {};
  // Only public ids and yes/no: which drills were answered, never what she chose or typed.
  for (const [slug, module] of Object.entries(progress.modules)) {
    const { drills, isDone, isScenarioDone, isRolePlayDone, part } = module;
    if (!isDone && drills.length === 0 && !isScenarioDone && !isRolePlayDone && part === undefined) continue;
    modules[slug] = { drills, isDone, isScenarioDone, isRolePlayDone, part };
  }
  localStorage.setItem(plainProgressKey, JSON.stringify({ modules }));
}

/** Progress from both places: done or answered in either counts; a skip counts only while not done. */
export function mergeProgress(plain: CourseProgress, fromVault: CourseProgress): CourseProgress {
  const modules: CourseProgress['modules'] = {};
  for (const slug of new Set([...Object.keys(plain.modules), ...Object.keys(fromVault.modules)])) {
    const a = moduleProgress(plain, slug);
    const b = moduleProgress(fromVault, slug);
    const isDone = a.isDone || b.isDone;
    const merged: ModuleProgress = {
      drills: [...new Set([...a.drills, ...b.drills])].slice(0, maxDrillIds),
      isDone,
      isSkipped: !isDone && (a.isSkipped || b.isSkipped),
    };
    if (a.isScenarioDone || b.isScenarioDone) merged.isScenarioDone = true;
    if (a.isRolePlayDone || b.isRolePlayDone) merged.isRolePlayDone = true;
    // The phone's copy is the one this visit writes to, so its place is the latest.
    const part = a.part ?? b.part;
    if (part !== undefined) merged.part = part;
    modules[slug] = merged;
  }
  return { modules };
}

const ReflectionSchema = z.object({ text: z.string().max(maxReflectionLength), savedAt: z.string() });
export type Reflection = z.infer<typeof ReflectionSchema>;
// All reflections live in one record: a record per module would put the module's name in a
// plaintext record id, telling anyone with the phone which topics were studied.
const ReflectionsSchema = z.record(z.string().max(64), ReflectionSchema);
const reflectionsId = 'reflections';

async function loadReflections(): Promise<Record<string, Reflection>> {
  const parsed = ReflectionsSchema.safeParse(await getRecord(reflectionKind, reflectionsId));
  return parsed.success ? parsed.data : {};
}

export async function loadReflection(slug: string): Promise<Reflection | undefined> {
  return (await loadReflections())[slug];
}

let reflectionWrites: Promise<unknown> = Promise.resolve();

/** Saves one module's reflection; saves run one after another so two modules never overwrite each other. */
export function saveReflection(slug: string, text: string): Promise<Reflection> {
  const reflection = { text: text.slice(0, maxReflectionLength), savedAt: new Date().toISOString() };
  const write = reflectionWrites.then(async () => {
    const all = await loadReflections();
    await putRecord(reflectionKind, reflectionsId, { ...all, [slug]: reflection });
    return reflection;
  });
  reflectionWrites = write.catch(() => undefined);
  return write;
}
