import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncCommand } from './syncMessages';
import type { SyncRequest } from './syncController';
import { FakeSyncWorker } from '../../tests/fixtures/fakeSyncWorker';
import type * as SyncClient from './syncClient';

/*
 * The client listens to the window for as long as its module lives, so each test loads a module of
 * its own and, when it ends, leaves that module with nothing to replay (stopSync).
 */
vi.mock('./syncController', () => ({}));

const pageTransition = (type: 'pagehide' | 'pageshow', persisted: boolean) =>
  window.dispatchEvent(new PageTransitionEvent(type, { persisted }));
const settled = async (promise: Promise<void>) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20))]);
const idOf = (command: SyncCommand | undefined) => (command && command.kind !== 'decline' ? command.id : -1);
const request: SyncRequest = { selection: { locales: ['fr'], countries: ['CA'] } };
const saveData = (isOn: boolean) => Object.defineProperty(navigator, 'connection', { configurable: true, value: { saveData: isOn } });

describe('the content sync when the page goes into the back-forward cache', () => {
  let client: typeof SyncClient;
  beforeEach(async () => {
    vi.resetModules();
    FakeSyncWorker.instances = [];
    vi.stubGlobal('Worker', FakeSyncWorker);
    client = await import('./syncClient');
  });
  afterEach(() => {
    client.stopSync();
    vi.unstubAllGlobals();
    Reflect.deleteProperty(navigator, 'connection');
  });

  it('stops the worker as the page is hidden, and starts the unfinished sync again in a new worker when it is shown', async () => {
    const running = client.startSync(request);
    const [frozen] = FakeSyncWorker.instances;
    frozen?.answer({ kind: 'state', state: { phase: 'checking' } });

    pageTransition('pagehide', true);
    // A frozen worker would keep its database transaction open and hold every later sync behind it.
    expect(frozen?.isTerminated).toBe(true);
    expect(await settled(running)).toBe(false);

    pageTransition('pageshow', true);
    const restarted = FakeSyncWorker.instances[1];
    expect(restarted?.posted).toHaveLength(1);
    expect(restarted?.posted[0]).toMatchObject({ kind: 'start', request: { selection: request.selection } });
    restarted?.answer({ kind: 'settled', id: idOf(restarted.posted[0]) });
    expect(await settled(running)).toBe(true);

    // A sync that ended is not run again by the next return to the page.
    restarted?.answer({
      kind: 'state',
      state: { phase: 'done', installedCount: 3, checkedAt: '2026-12-02T16:00:00Z', waitingForConnection: [] },
    });
    pageTransition('pagehide', true);
    pageTransition('pageshow', true);
    expect(FakeSyncWorker.instances).toHaveLength(2);
    expect(restarted?.isTerminated).toBe(true);
  });

  it('asks again about a download she was asked about, or had agreed to, when she left: the new worker knows of neither', async () => {
    saveData(true);
    void client.startSync(request);
    const [frozen] = FakeSyncWorker.instances;
    frozen?.answer({ kind: 'state', state: { phase: 'awaiting-confirmation', packCount: 4, totalBytes: 40_000 } });
    frozen?.answer({ kind: 'settled', id: idOf(frozen.posted[0]) });
    const confirmed = client.confirmPendingDownload();
    frozen?.answer({ kind: 'state', state: { phase: 'downloading', packCount: 4, totalBytes: 40_000, receivedBytes: 10_000 } });

    pageTransition('pagehide', true);
    // No progress bar of a dead worker is left standing.
    expect(client.getSyncState().phase).toBe('idle');
    pageTransition('pageshow', true);
    const restarted = FakeSyncWorker.instances[1];
    expect(restarted?.posted[0]).toMatchObject({ kind: 'start', request: { askFirst: true } });
    expect(await settled(confirmed)).toBe(false);
    restarted?.answer({ kind: 'settled', id: idOf(restarted.posted[0]) });
    expect(await settled(confirmed)).toBe(true);
  });

  it('asks the page again, on return, whether it is online and saves data', () => {
    saveData(false);
    void client.startSync(request);
    expect(FakeSyncWorker.instances[0]?.posted[0]).toMatchObject({ request: { askFirst: false } });
    pageTransition('pagehide', true);
    saveData(true);
    pageTransition('pageshow', true);
    expect(FakeSyncWorker.instances[1]?.posted[0]).toMatchObject({ request: { askFirst: true, isOnline: navigator.onLine } });
  });

  it('gives a stopped worker no say: its late failure does not move the new sync to the main thread', () => {
    void client.startSync(request);
    const [frozen] = FakeSyncWorker.instances;
    pageTransition('pagehide', true);
    pageTransition('pageshow', true);
    frozen?.failToStart();
    frozen?.answer({ kind: 'state', state: { phase: 'failed', failures: [], installedCount: 0, waitingForConnection: [] } });
    expect(client.getSyncState().phase).toBe('idle');
    // The new worker is still the one in charge: Delete all my data stops it.
    client.stopSync();
    expect(FakeSyncWorker.instances[1]?.isTerminated).toBe(true);
  });

  it('starts nothing on return after Delete all my data stopped the sync', () => {
    void client.startSync(request);
    pageTransition('pagehide', true);
    client.stopSync();
    pageTransition('pageshow', true);
    expect(FakeSyncWorker.instances).toHaveLength(1);
  });
});
