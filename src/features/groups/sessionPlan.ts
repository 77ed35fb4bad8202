import { groupPartIds, type GroupPartId, type GuidePack } from '../../content/schema';

/*
 * A session plan: the parts every group shares (written once, in the groups strings) around the
 * theme's own parts (from its pack). The shared parts' minutes live here, next to the order.
 */
export type SharedPartId = 'welcome' | 'debrief';

export type SessionPart =
  | { kind: 'shared'; id: SharedPartId; minutes: number }
  | { kind: 'theme'; id: GroupPartId; minutes: number; section: GuidePack['sections'][number] };

const sharedMinutes: Record<SharedPartId, number> = { welcome: 10, debrief: 10 };

/** The plan for a theme; undefined when the pack lacks a part (the schema refuses such a pack, so only stale data). */
export function sessionPlan(guide: Pick<GuidePack, 'sections'>): SessionPart[] | undefined {
  const themeParts: SessionPart[] = [];
  for (const id of groupPartIds) {
    const section = guide.sections.find((candidate) => candidate.id === id);
    if (section?.minutes === undefined) return undefined;
    themeParts.push({ kind: 'theme', id, minutes: section.minutes, section });
  }
  return [
    { kind: 'shared', id: 'welcome', minutes: sharedMinutes.welcome },
    ...themeParts,
    { kind: 'shared', id: 'debrief', minutes: sharedMinutes.debrief },
  ];
}

/** Minutes with the group: every part but the facilitator's own debrief, which comes after. */
export function groupMinutes(plan: readonly SessionPart[]): number {
  return plan.filter((part) => part.id !== 'debrief').reduce((total, part) => total + part.minutes, 0);
}

/** "guide-group-anxiety-en" → "anxiety": the theme's name in addresses and in the feedback link. */
export function themeSlug(guide: Pick<GuidePack, 'id' | 'locale'>): string {
  const suffix = `-${guide.locale}`;
  const withoutLocale = guide.id.endsWith(suffix) ? guide.id.slice(0, -suffix.length) : guide.id;
  return withoutLocale.replace(/^guide-group-/, '');
}

export const groupsPath = '/groups';

export function groupSessionPath(theme: string): string {
  return `${groupsPath}/${theme}`;
}

export function parseGroupsPath(path: string): { view: 'list' } | { view: 'session'; theme: string } | { view: 'unknown' } {
  const rest = path.replace(/^\/groups\/?/, '').replace(/\/+$/, '');
  if (rest === '') return { view: 'list' };
  return /^[a-z0-9][a-z0-9-]{0,63}$/.test(rest) ? { view: 'session', theme: rest } : { view: 'unknown' };
}
