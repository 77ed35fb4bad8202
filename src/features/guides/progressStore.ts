import * as z from 'zod';
import { getRecord, putRecord } from '../../vault';

/*
 * Course progress says which modules someone studied, which reveals training activity, so it is
 * kept in the vault (encrypted) like the reflections. Both need the vault to be open.
 */
const progressKind = 'course-progress';
const progressId = 'course';
const reflectionKind = 'course-reflection';

export const maxReflectionLength = 5_000;

const ModuleProgressSchema = z.object({
  /** Drills answered at least once. */
  drills: z.array(z.string().max(64)).max(20),
  isDone: z.boolean(),
  isSkipped: z.boolean(),
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
  if (current.drills.includes(drillId)) return progress;
  return { modules: { ...progress.modules, [slug]: { ...current, drills: [...current.drills, drillId] } } };
}

export function withModuleState(progress: CourseProgress, slug: string, change: Partial<Pick<ModuleProgress, 'isDone' | 'isSkipped'>>): CourseProgress {
  const current = moduleProgress(progress, slug);
  return { modules: { ...progress.modules, [slug]: { ...current, ...change } } };
}

export async function saveProgress(progress: CourseProgress): Promise<void> {
  await putRecord(progressKind, progressId, progress);
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
  const write = reflectionWrites.then(
    async () => {
      const all = await loadReflections();
      await putRecord(reflectionKind, reflectionsId, { ...all, [slug]: reflection });
      return reflection;
    },
  );
  reflectionWrites = write.catch(() => undefined);
  return write;
}
