import { createElement, Suspense, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
import { afterFirstPaint, hasFirstPaintPassed } from '../../ui/afterFirstPaint';
import { loadOnce, preloadableComponent, type LoadOnce } from '../../ui/preloadable';

/*
 * Aftercare's public surface: follow-ups agreed at the end of a crisis run, the optional reminder,
 * and the Companion's own debrief. Every piece is its own lazy chunk, so importing this file adds
 * only these few wrappers to a screen (Home's first load above all); the vault's code and the
 * strings load when a piece is shown.
 */
export { debriefsPath } from './paths';
export type { AgreedContact } from './FollowUpEditor';

/**
 * A piece from its own chunk, with what to show while it loads. Through the UI kit's preloadable
 * component, so a chunk lost on a bad connection is fetched again the next time the piece shows.
 */
function lazyPiece<Module, Props extends object>(
  source: LoadOnce<Module>,
  pick: (loaded: Module) => ComponentType<Props>,
  fallback: ReactNode,
): ComponentType<Props> {
  const Component = preloadableComponent(source, pick);
  return function LazyPiece(props: Props) {
    return <Suspense fallback={fallback}>{createElement(Component, props)}</Suspense>;
  };
}

function Opening() {
  // Before the chunk and its strings are here there is no translated word to show; the screen
  // that replaces this takes the focus.
  return <div className="screen" aria-busy="true" />;
}

const dueFollowUps = loadOnce(() => import('./DueFollowUps'));
// Both close-screen offers live in one small chunk: the screen shows them together.
const offers = loadOnce(() => import('./AfterRunOffers'));
const followUpEditor = loadOnce(() => import('./FollowUpEditor'));
const debriefEditor = loadOnce(() => import('./DebriefEditor'));
const debriefsScreen = loadOnce(() => import('./DebriefsScreen'));
const reminderSettings = loadOnce(() => import('./ReminderSettings'));

const DueFollowUpsPiece = lazyPiece(dueFollowUps, (loaded) => loaded.DueFollowUps, null);
/** The close screen's offer to agree the next contact, made while the person is still there. */
export const FollowUpOffer = lazyPiece(offers, (loaded) => loaded.FollowUpOffer, null);
/** The close screen's offer of a debrief for the Companion herself, after her check-in. */
export const DebriefOffer = lazyPiece(offers, (loaded) => loaded.DebriefOffer, null);
export const FollowUpEditor = lazyPiece(followUpEditor, (loaded) => loaded.FollowUpEditor, <Opening />);
export const DebriefEditor = lazyPiece(debriefEditor, (loaded) => loaded.DebriefEditor, <Opening />);
export const DebriefsScreen = lazyPiece(debriefsScreen, (loaded) => loaded.DebriefsScreen, <Opening />);
/** Settings' section to turn the follow-up reminder on or off. */
export const ReminderSettings = lazyPiece(reminderSettings, (loaded) => loaded.ReminderSettings, null);

function subscribeToFirstPaint(onPaint: () => void): () => void {
  let isSubscribed = true;
  void afterFirstPaint().then(() => {
    if (isSubscribed) onPaint();
  });
  return () => {
    isSubscribed = false;
  };
}

// Hydrating the build's prerender of Home (main.tsx), which had nothing here: nothing at first either.
const notPaintedYet = () => false;

/**
 * Home's follow-ups due today or overdue, shown only while the vault is open. Its code (with the
 * vault's, Dexie and zod) loads once the page has loaded and painted, so Home's first paint and
 * first load stay as they were.
 */
export function DueFollowUps() {
  const isReady = useSyncExternalStore(subscribeToFirstPaint, hasFirstPaintPassed, notPaintedYet);
  if (!isReady) return null;
  return <DueFollowUpsPiece />;
}
