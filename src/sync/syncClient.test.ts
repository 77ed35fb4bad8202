import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeSyncWorker } from '../../tests/fixtures/fakeSyncWorker';
import type { SyncRequest } from './syncController';

// The main-thread sync, used when no worker can run: a stand-in that records what it was asked.
const inThread = vi.hoisted(() => ({
  startSync: vi.fn<(request: unknown) => Promise<void>>(() => Promise.resolve()),
  confirmPendingDownload: vi.fn(() => Promise.resolve()),
  declinePendingDownload: vi.fn(),
  getSyncState: vi.fn(() => ({ phase: 'idle' as const })),
  subscribeToSync: vi.fn(() => () => undefined),
}));
vi.mock('./syncController', () => inThread);

const request: SyncRequest = { selection: { locales: ['es', 'en', 'fr'], countries: [] } };
const settled = async (promise: Promise<void>) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20))]);

describe('the content sync seen from the screens', () => {
  beforeEach(() => {
    vi.resetModules();
    FakeSyncWorker.instances = [];
    vi.stubGlobal('Worker', FakeSyncWorker);
    for (const mock of Object.values(inThread)) mock.mockClear();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('runs the sync in a module worker, and settles when the worker says that sync ended', async () => {
    const client = await import('./syncClient');
    const running = client.startSync(request);
    const worker = FakeSyncWorker.instances[0];
    expect(worker?.options?.type).toBe('module');
    const command = worker?.posted[0];
    expect(command).toMatchObject({ kind: 'start', request: { selection: request.selection, isOnline: navigator.onLine } });
    expect(await settled(running)).toBe(false);
    worker?.answer({ kind: 'settled', id: command?.kind === 'start' ? command.id : -1 });
    expect(await settled(running)).toBe(true);
    expect(inThread.startSync).not.toHaveBeenCalled();
  });

  it('shows the state the worker reports, and tells the screens it changed', async () => {
    const client = await import('./syncClient');
    const seen: string[] = [];
    client.subscribeToSync(() => seen.push(client.getSyncState().phase));
    void client.startSync(request);
    FakeSyncWorker.instances[0]?.answer({ kind: 'state', state: { phase: 'checking' } });
    FakeSyncWorker.instances[0]?.answer({
      kind: 'state',
      state: { phase: 'downloading', packCount: 3, totalBytes: 30, receivedBytes: 10 },
    });
    expect(seen).toEqual(['checking', 'downloading']);
    expect(client.getSyncState()).toEqual({ phase: 'downloading', packCount: 3, totalBytes: 30, receivedBytes: 10 });
  });

  it('uses one worker for every sync of the page', async () => {
    const client = await import('./syncClient');
    void client.startSync(request);
    void client.startSync(request);
    void client.confirmPendingDownload();
    expect(FakeSyncWorker.instances).toHaveLength(1);
    expect(FakeSyncWorker.instances[0]?.posted.map((command) => command.kind)).toEqual(['start', 'start', 'confirm']);
  });

  it('moves to the main thread when the worker cannot start, and runs there what was waiting', async () => {
    const client = await import('./syncClient');
    const running = client.startSync(request);
    FakeSyncWorker.instances[0]?.failToStart();
    expect(FakeSyncWorker.instances[0]?.isTerminated).toBe(true);
    expect(await settled(running)).toBe(true);
    expect(inThread.startSync).toHaveBeenCalledTimes(1);
    await client.startSync(request);
    expect(inThread.startSync).toHaveBeenCalledTimes(2);
    expect(FakeSyncWorker.instances).toHaveLength(1);
  });

  it('runs on the main thread where there are no workers at all', async () => {
    vi.stubGlobal('Worker', undefined);
    const client = await import('./syncClient');
    await client.startSync(request);
    expect(inThread.startSync).toHaveBeenCalledTimes(1);
  });

  it('stops the worker before a deletion, lets waiting screens go, and starts a fresh one next time', async () => {
    const client = await import('./syncClient');
    const running = client.startSync(request);
    FakeSyncWorker.instances[0]?.answer({ kind: 'state', state: { phase: 'checking' } });
    client.stopSync();
    expect(FakeSyncWorker.instances[0]?.isTerminated).toBe(true);
    expect(await settled(running)).toBe(true);
    expect(client.getSyncState()).toEqual({ phase: 'idle' });
    void client.startSync(request);
    expect(FakeSyncWorker.instances).toHaveLength(2);
  });
});
