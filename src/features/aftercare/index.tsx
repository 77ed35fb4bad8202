import { lazy, Suspense, useEffect, useState, type ComponentProps } from 'react';

/*
 * Aftercare's public surface: follow-ups agreed at the end of a crisis run, the optional reminder,
 * and the Companion's own debrief. Every piece is its own lazy chunk, so importing this file adds
 * only these few wrappers to a screen (Home's first load above all); the vault's code and the
 * strings load when a piece is shown.
 */
export { debriefsPath } from './paths';
export type { AgreedContact } from './FollowUpEditor';

const DueFollowUpsChunk = lazy(async () => ({ default: (await import('./DueFollowUps')).DueFollowUps }));
// Both close-screen offers live in one small chunk: the screen shows them together.
const FollowUpOfferChunk = lazy(async () => ({ default: (await import('./AfterRunOffers')).FollowUpOffer }));
const DebriefOfferChunk = lazy(async () => ({ default: (await import('./AfterRunOffers')).DebriefOffer }));
const FollowUpEditorChunk = lazy(async () => ({ default: (await import('./FollowUpEditor')).FollowUpEditor }));
const DebriefEditorChunk = lazy(async () => ({ default: (await import('./DebriefEditor')).DebriefEditor }));
const DebriefsScreenChunk = lazy(async () => ({ default: (await import('./DebriefsScreen')).DebriefsScreen }));
const ReminderSettingsChunk = lazy(async () => ({ default: (await import('./ReminderSettings')).ReminderSettings }));

function hasLoaded(): boolean {
  return document.readyState === 'complete';
}

/**
 * Home's follow-ups due today or overdue, shown only while the vault is open. Its code loads after
 * the page's load event, so Home's first paint and first load stay as they were.
 */
export function DueFollowUps() {
  const [isReady, setIsReady] = useState(hasLoaded);
  useEffect(() => {
    if (isReady) return;
    const ready = () => setIsReady(true);
    window.addEventListener('load', ready, { once: true });
    return () => window.removeEventListener('load', ready);
  }, [isReady]);
  if (!isReady) return null;
  return (
    <Suspense fallback={null}>
      <DueFollowUpsChunk />
    </Suspense>
  );
}

/** The close screen's offer to agree the next contact, made while the person is still there. */
export function FollowUpOffer(props: ComponentProps<typeof FollowUpOfferChunk>) {
  return (
    <Suspense fallback={null}>
      <FollowUpOfferChunk {...props} />
    </Suspense>
  );
}

/** The close screen's offer of a debrief for the Companion herself, after her check-in. */
export function DebriefOffer(props: ComponentProps<typeof DebriefOfferChunk>) {
  return (
    <Suspense fallback={null}>
      <DebriefOfferChunk {...props} />
    </Suspense>
  );
}

function Opening() {
  // Before the chunk and its strings are here there is no translated word to show; the screen
  // that replaces this takes the focus.
  return <div className="screen" aria-busy="true" />;
}

export function FollowUpEditor(props: ComponentProps<typeof FollowUpEditorChunk>) {
  return (
    <Suspense fallback={<Opening />}>
      <FollowUpEditorChunk {...props} />
    </Suspense>
  );
}

export function DebriefEditor(props: ComponentProps<typeof DebriefEditorChunk>) {
  return (
    <Suspense fallback={<Opening />}>
      <DebriefEditorChunk {...props} />
    </Suspense>
  );
}

export function DebriefsScreen() {
  return (
    <Suspense fallback={<Opening />}>
      <DebriefsScreenChunk />
    </Suspense>
  );
}

/** Settings' section to turn the follow-up reminder on or off. */
export function ReminderSettings() {
  return (
    <Suspense fallback={null}>
      <ReminderSettingsChunk />
    </Suspense>
  );
}
