import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { db, type InstalledPackInfo } from '../../db';
import type { Store } from '../../lib/store';
import { syncStateStore, type SyncState } from '../../sync';
import type * as Format from '../../i18n/format';
import { ContentScreen } from './ContentScreen';

/*
 * A first install reports its progress a few times a second and ends by writing the new pack's
 * facts. On a slow phone, re-rendering every installed pack for each of those was a main-thread
 * task of a few hundred milliseconds (tests/bench/packs.bench.ts). Each pack's installation date is
 * formatted once per render of that pack, so counting those calls counts the packs rendered.
 */
const counts = vi.hoisted(() => ({ packDates: 0 }));
vi.mock('../../i18n/format', async (importOriginal) => {
  const actual = await importOriginal<typeof Format>();
  return {
    ...actual,
    formatDate: (...args: Parameters<typeof actual.formatDate>) => {
      if (args[2]?.dateStyle === 'medium') counts.packDates++;
      return actual.formatDate(...args);
    },
  };
});

// The sync's state as the worker would report it, set by the test. The real module is not loaded:
// its sources read the build's key file, which the unit tests' bundler refuses to serve.
vi.mock('../../sync', async () => {
  const { createStore } = await import('../../lib/store');
  const { problemGroupOf } = await import('../../sync/problemGroups');
  return {
    syncStateStore: createStore<SyncState>({ phase: 'idle' }),
    problemGroupOf,
    builtInSourceId: 'builtin',
    sourceAddress: (source: { baseUrl: string }) => source.baseUrl,
    checkForContentUpdates: vi.fn(() => Promise.resolve()),
    confirmPendingDownload: vi.fn(() => Promise.resolve()),
    declinePendingDownload: vi.fn(),
    draftSource: vi.fn(),
    addSource: vi.fn(),
    removeSource: vi.fn(),
  };
});
const syncState = syncStateStore as Store<SyncState>;

function packInfo(index: number): InstalledPackInfo {
  return {
    sourceId: 'builtin',
    id: `exercise-${String(index).padStart(3, '0')}`,
    kind: 'exercise',
    locale: 'en',
    title: `Exercise number ${index}`,
    version: 1,
    sha256: 'a'.repeat(64),
    length: 2_048,
    installedAt: '2026-11-20T10:00:00.000Z',
  };
}

async function installPacks(infos: InstalledPackInfo[]): Promise<void> {
  await db.manifests.put({
    sourceId: 'builtin',
    version: infos.length,
    sha256: 'b'.repeat(64),
    published: '2026-11-20T00:00:00.000Z',
    expires: '2027-05-20T00:00:00.000Z',
    installedAt: '2026-11-20T10:00:00.000Z',
    installedPacks: infos,
  });
}

const installed = Array.from({ length: 150 }, (_, index) => packInfo(index));

async function showWithPacks(): Promise<void> {
  await installPacks(installed);
  await renderWithProviders(<ContentScreen />, { path: '/content' });
  await screen.findByText('Exercise number 149');
}

beforeEach(async () => {
  await db.manifests.clear();
  await db.sources.clear();
  syncState.set({ phase: 'idle' });
  counts.packDates = 0;
});

describe('the Content screen while a sync runs', { timeout: 30_000 }, () => {
  it('shows a download’s progress without rendering the installed packs again', async () => {
    await showWithPacks();
    counts.packDates = 0;
    act(() => syncState.set({ phase: 'checking' }));
    expect(screen.getByRole('button', { name: 'Check for updates' })).toBeDisabled();
    for (const receivedBytes of [0, 512_000, 1_024_000, 2_048_000]) {
      act(() => syncState.set({ phase: 'downloading', packCount: 1, totalBytes: 2_048_000, receivedBytes }));
    }
    expect(screen.getByText('Downloading 1 pack, 2 MB')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Download progress' })).toHaveAttribute('value', '2048000');
    act(() => syncState.set({ phase: 'done', installedCount: 1, checkedAt: '2026-11-21T10:00:00.000Z', waitingForConnection: [] }));
    expect(screen.getByRole('button', { name: 'Check for updates' })).toBeEnabled();
    expect(counts.packDates).toBe(0);
  });

  it('renders only the new pack when an install adds one to the list', async () => {
    await showWithPacks();
    counts.packDates = 0;
    await act(() => installPacks([...installed, { ...packInfo(150), kind: 'directory', locale: 'mul', title: 'Benchmark country' }]));
    const list = screen.getByRole('region', { name: 'Installed packs' });
    expect(await within(list).findByText('Benchmark country')).toBeInTheDocument();
    expect(within(list).getAllByRole('listitem')).toHaveLength(151);
    expect(counts.packDates).toBe(1);
  });
});
