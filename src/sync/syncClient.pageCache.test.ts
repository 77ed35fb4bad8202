import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncCommand } from './syncMessages';
import { FakeSyncWorker } from '../../tests/fixtures/fakeSyncWorker';

/*
 * Its own file: the client listens to the window for as long as the module lives, so these tests
 * need a module no other test has loaded (vi.resetModules would leave earlier copies listening).
 */
vi.mock('./syncController', () => ({}));

const pageTransition = (type: 'pagehide' | 'pageshow', persisted: boolean) =>
  window.dispatchEvent(new PageTransitionEvent(type, { persisted }));
const settled = async (promise: Promise<void>) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20))]);
const idOf = (command: SyncCommand | undefined) => (command && command.kind !== 'decline' ? command.id : -1);

describe('the content sync when the page goes into the back-forward cache', () => {
  beforeEach(() => vi.stubGlobal('Worker', FakeSyncWorker));
  afterEach(() => vi.unstubAllGlobals());

  it('stops the worker as the page is hidden, and starts the unfinished sync again in a new worker when it is shown', async () => {
    const client = await import('./syncClient');
    const running = client.startSync({ selection: { locales: ['fr'], countries: ['CA'] } });
    const [frozen] = FakeSyncWorker.instances;

    pageTransition('pagehide', true);
    // A frozen worker would keep its database transaction open and hold every later sync behind it.
    expect(frozen?.isTerminated).toBe(true);
    expect(await settled(running)).toBe(false);

    pageTransition('pageshow', true);
    const restarted = FakeSyncWorker.instances[1];
    expect(restarted?.posted).toEqual([frozen?.posted[0]]);
    expect(restarted?.posted[0]).toMatchObject({ kind: 'start', request: { selection: { locales: ['fr'], countries: ['CA'] } } });
    restarted?.answer({ kind: 'settled', id: idOf(restarted.posted[0]) });
    expect(await settled(running)).toBe(true);

    // A sync that ended is not run again by the next return to the page.
    pageTransition('pagehide', true);
    pageTransition('pageshow', true);
    expect(FakeSyncWorker.instances).toHaveLength(2);
    expect(restarted?.isTerminated).toBe(true);
  });
});
