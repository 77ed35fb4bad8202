import type { ComponentType } from 'react';
import { HomeScreen } from '../features/home/HomeScreen';
import { loadOnce, preloadableComponent } from '../ui/preloadable';

export type RouteId =
  | 'home'
  | 'crisis'
  | 'guides'
  | 'directory'
  | 'journal'
  | 'selfcare'
  | 'settings'
  | 'content'
  | 'privacy'
  | 'plan'
  | 'groups'
  | 'feedback'
  | 'report'
  | 'cards';

/** A screen React loads on demand, which the boot can also start loading before React asks. */
type LazyScreen = ComponentType & {
  /**
   * Starts loading the screen's code, and resolves once the screen has painted what it opened
   * for (a screen that starts reading its data as its code runs says when), or at once with its
   * code for the others, or if the code could not load (React asks again and the error boundary
   * says what went wrong).
   */
  preload: () => Promise<void>;
};

type Route = {
  id: RouteId;
  path: string;
  screen: ComponentType | LazyScreen;
  /** The screen also owns paths below its own (/journal/2026-11-21); it reads them with usePath(). */
  hasSubpaths?: boolean;
  /** The strings the screen shows first, so their files load alongside its code, not after it. */
  namespaces?: readonly string[];
};

// Every screen but home is its own chunk, so the first load carries only the home screen,
// which is part of the main bundle so it paints without a second round trip.
/**
 * Features export named components; React.lazy wants a default export. The module loads once,
 * whether the boot preloads it or React asks first. `startReading` lets a feature start its
 * database reads the moment its code has run, and tell when its first screen is up.
 */
function lazyScreen<Module>(
  load: () => Promise<Module>,
  pick: (module: Module) => ComponentType,
  startReading?: (module: Module) => Promise<void>,
): LazyScreen {
  let reading: Promise<void> | undefined;
  const module = loadOnce(() =>
    load().then((loaded) => {
      reading = startReading?.(loaded);
      return loaded;
    }),
  );
  const preload = () =>
    module.get().then(
      () => reading,
      () => undefined, // React asks again, and the error boundary says what went wrong
    );
  return Object.assign(preloadableComponent(module, pick), { preload });
}

export const routes: readonly Route[] = [
  { id: 'home', path: '/', screen: HomeScreen },
  {
    id: 'crisis',
    path: '/crisis',
    screen: lazyScreen(
      () => import('../features/crisis'),
      (m) => m.CrisisRoute,
      (m) => m.preloadCrisisContent(),
    ),
    namespaces: ['crisis'],
    hasSubpaths: true,
  },
  {
    id: 'guides',
    path: '/guides',
    screen: lazyScreen(
      () => import('../features/guides'),
      (m) => m.GuidesScreen,
    ),
    hasSubpaths: true,
  },
  {
    id: 'directory',
    path: '/directory',
    screen: lazyScreen(
      () => import('../features/directory'),
      (m) => m.DirectoryScreen,
    ),
    hasSubpaths: true,
  },
  {
    id: 'journal',
    path: '/journal',
    screen: lazyScreen(
      () => import('../features/journal'),
      (m) => m.JournalScreen,
    ),
    hasSubpaths: true,
  },
  {
    id: 'selfcare',
    path: '/selfcare',
    screen: lazyScreen(
      () => import('../features/selfcare'),
      (m) => m.SelfCareScreen,
    ),
  },
  {
    id: 'plan',
    path: '/plan',
    screen: lazyScreen(
      () => import('../features/safetyplan'),
      (m) => m.SafetyPlanScreen,
    ),
    namespaces: ['safetyplan'],
  },
  {
    id: 'groups',
    path: '/groups',
    screen: lazyScreen(
      () => import('../features/groups'),
      (m) => m.GroupsScreen,
    ),
    namespaces: ['groups'],
    hasSubpaths: true,
  },
  {
    id: 'report',
    path: '/report',
    screen: lazyScreen(
      () => import('../features/report'),
      (m) => m.ReportScreen,
    ),
    namespaces: ['report'],
  },
  {
    id: 'cards',
    path: '/cards',
    screen: lazyScreen(
      () => import('../features/cards'),
      (m) => m.CardsScreen,
    ),
    namespaces: ['cards', 'directory'],
  },
  {
    id: 'settings',
    path: '/settings',
    screen: lazyScreen(
      () => import('../features/settings'),
      (m) => m.SettingsScreen,
    ),
  },
  {
    id: 'content',
    path: '/content',
    screen: lazyScreen(
      () => import('../features/content'),
      (m) => m.ContentScreen,
    ),
  },
  {
    id: 'feedback',
    path: '/feedback',
    screen: lazyScreen(
      () => import('../features/feedback'),
      (m) => m.FeedbackScreen,
    ),
    namespaces: ['feedback'],
    hasSubpaths: true,
  },
  {
    id: 'privacy',
    path: '/privacy',
    screen: lazyScreen(
      () => import('../features/safety'),
      (m) => m.PrivacyScreen,
    ),
  },
];

/** Starts loading the screen at `path` before React asks for it (see LazyScreen's preload). */
export function preloadScreen(path: string): Promise<void> | undefined {
  const screen = findRoute(path)?.screen;
  return screen && 'preload' in screen ? screen.preload() : undefined;
}

export function findRoute(path: string): Route | undefined {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return routes.find((route) => route.path === normalised || (route.hasSubpaths === true && normalised.startsWith(`${route.path}/`)));
}

export function pathOf(id: RouteId): string {
  const route = routes.find((candidate) => candidate.id === id);
  if (!route) throw new Error(`Unknown route ${id}`);
  return route.path;
}
