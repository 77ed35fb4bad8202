import { lazy, type ComponentType } from 'react';
import { HomeScreen } from '../features/home/HomeScreen';

export type RouteId = 'home' | 'crisis' | 'guides' | 'directory' | 'journal' | 'selfcare' | 'settings' | 'content' | 'privacy';

type Route = {
  id: RouteId;
  path: string;
  screen: ComponentType;
  /** The screen also owns paths below its own (/journal/2026-11-21); it reads them with usePath(). */
  hasSubpaths?: boolean;
};

// Every screen but home is its own chunk, so the first load carries only the home screen,
// which is part of the main bundle so it paints without a second round trip.
/** Features export named components; React.lazy wants a default export. */
function lazyScreen<Module>(load: () => Promise<Module>, pick: (module: Module) => ComponentType) {
  return lazy(async () => ({ default: pick(await load()) }));
}

export const routes: readonly Route[] = [
  { id: 'home', path: '/', screen: HomeScreen },
  { id: 'crisis', path: '/crisis', screen: lazyScreen(() => import('../features/crisis'), (m) => m.CrisisScreen) },
  { id: 'guides', path: '/guides', screen: lazyScreen(() => import('../features/guides'), (m) => m.GuidesScreen), hasSubpaths: true },
  { id: 'directory', path: '/directory', screen: lazyScreen(() => import('../features/directory'), (m) => m.DirectoryScreen), hasSubpaths: true },
  { id: 'journal', path: '/journal', screen: lazyScreen(() => import('../features/journal'), (m) => m.JournalScreen), hasSubpaths: true },
  { id: 'selfcare', path: '/selfcare', screen: lazyScreen(() => import('../features/selfcare'), (m) => m.SelfCareScreen) },
  { id: 'settings', path: '/settings', screen: lazyScreen(() => import('../features/settings'), (m) => m.SettingsScreen) },
  { id: 'content', path: '/content', screen: lazyScreen(() => import('../features/content'), (m) => m.ContentScreen) },
  { id: 'privacy', path: '/privacy', screen: lazyScreen(() => import('../features/safety'), (m) => m.PrivacyScreen) },
];

export function findRoute(path: string): Route | undefined {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return routes.find(
    (route) => route.path === normalised || (route.hasSubpaths === true && normalised.startsWith(`${route.path}/`)),
  );
}

export function pathOf(id: RouteId): string {
  const route = routes.find((candidate) => candidate.id === id);
  if (!route) throw new Error(`Unknown route ${id}`);
  return route.path;
}
