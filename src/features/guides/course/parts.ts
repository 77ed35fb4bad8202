import type { GuidePack } from '../../../content/schema';
import { moduleProgress, type CourseProgress } from '../progressStore';

/*
 * A course module is done one part at a time, in this order. Where she was is kept by part name
 * (public, the same for everyone), so she can leave and come back to the same part.
 */
export const moduleParts = ['learn', 'example', 'practice', 'scenario', 'roleplay', 'finish'] as const;
export type ModulePart = (typeof moduleParts)[number];

/** The parts this module has: reading and the end always; the others when the module carries them. */
export function partsOf(guide: GuidePack): ModulePart[] {
  return moduleParts.filter((part) => {
    switch (part) {
      case 'example':
        return guide.example !== undefined;
      case 'practice':
        return practiceCount(guide) > 0;
      case 'scenario':
        return guide.scenario !== undefined;
      case 'roleplay':
        return guide.roleplay !== undefined;
      default:
        return true;
    }
  });
}

/** Where to open a module: the part she left it on, when the module still has that part. */
export function resumePart(guide: GuidePack, stored: string | undefined): ModulePart | undefined {
  const parts = partsOf(guide);
  return parts.find((part) => part === stored);
}

export function practiceCount(guide: GuidePack): number {
  return (guide.drills?.length ?? 0) + (guide.practice?.length ?? 0);
}

/** What she practised in one module, counting only drills the module still has (ids of renamed drills are ignored). */
export type Practised = {
  isDone: boolean;
  drillsAnswered: number;
  drillsTotal: number;
  /** undefined when the module has no scenario (or role-play). */
  isScenarioDone: boolean | undefined;
  isRolePlayDone: boolean | undefined;
};

export function practisedIn(guide: GuidePack, slug: string, progress: CourseProgress): Practised {
  const state = moduleProgress(progress, slug);
  const ids = new Set([...(guide.drills ?? []), ...(guide.practice ?? [])].map((drill) => drill.id));
  return {
    isDone: state.isDone,
    drillsAnswered: state.drills.filter((id) => ids.has(id)).length,
    drillsTotal: ids.size,
    isScenarioDone: guide.scenario ? state.isScenarioDone === true : undefined,
    isRolePlayDone: guide.roleplay ? state.isRolePlayDone === true : undefined,
  };
}

export function hasPractisedAnything(practised: Practised): boolean {
  return practised.isDone || practised.drillsAnswered > 0 || practised.isScenarioDone === true || practised.isRolePlayDone === true;
}
