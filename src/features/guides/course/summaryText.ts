import type { GuidePack } from '../../../content/schema';
import type { CourseProgress } from '../progressStore';
import { guideSlug } from '../slugs';
import { hasPractisedAnything, practisedIn, type Practised } from './parts';

export type PractisedModule = { guide: GuidePack; practised: Practised };

/**
 * The modules she has practised something in, in course order. Progress is looked up from the
 * installed modules, so progress kept under ids that no longer exist (renamed modules, renamed
 * drills) is simply not shown.
 */
export function practisedModules(modules: readonly GuidePack[], progress: CourseProgress): PractisedModule[] {
  return modules
    .map((guide) => ({ guide, practised: practisedIn(guide, guideSlug(guide), progress) }))
    .filter(({ practised }) => hasPractisedAnything(practised));
}

export type SummaryLabels = {
  title: string;
  moduleTitle: (guide: GuidePack) => string;
  done: string;
  notDone: string;
  drills: (answered: number, total: number) => string;
  scenarioDone: string;
  rolePlayDone: string;
};

/** The summary as plain text, to share or copy: a title, then each module with what was practised. */
export function summaryText(practised: readonly PractisedModule[], labels: SummaryLabels): string {
  const blocks = practised.map(({ guide, practised: part }) => {
    const lines = [labels.moduleTitle(guide), `- ${part.isDone ? labels.done : labels.notDone}`];
    if (part.drillsTotal > 0 && part.drillsAnswered > 0) lines.push(`- ${labels.drills(part.drillsAnswered, part.drillsTotal)}`);
    if (part.isScenarioDone) lines.push(`- ${labels.scenarioDone}`);
    if (part.isRolePlayDone) lines.push(`- ${labels.rolePlayDone}`);
    return lines.join('\n');
  });
  return [labels.title, ...blocks].join('\n\n');
}
