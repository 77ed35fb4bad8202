import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVault, eraseVault, getRecord, lock, putRecord, unlock } from '../../vault';
import {
  emptyProgress,
  loadProgress,
  loadReflection,
  saveProgress,
  saveReflection,
  withDrillAnswered,
  withModuleState,
} from './progressStore';

// Real IndexedDB and WebCrypto: course progress and reflections go through the vault only.
describe('course progress and reflections in the vault', () => {
  const passphrase = 'violet window morning';

  beforeAll(async () => {
    await eraseVault().catch(() => undefined);
    await createVault(passphrase);
  });

  afterAll(async () => {
    await eraseVault().catch(() => undefined);
  });

  it('keeps progress and reads it back after locking and unlocking', async () => {
    const progress = withModuleState(withDrillAnswered(emptyProgress, 'course-01', 'drill-1'), 'course-08', { isSkipped: true });
    await saveProgress(progress);
    lock('manual');
    await expect(loadProgress()).rejects.toThrow();
    await unlock(passphrase);
    expect(await loadProgress()).toEqual({
      modules: {
        'course-01': { drills: ['drill-1'], isDone: false, isSkipped: false },
        'course-08': { drills: [], isDone: false, isSkipped: true },
      },
    });
  });

  it('reads damaged or unexpected progress as none yet', async () => {
    await putRecord('course-progress', 'course', { modules: { x: { drills: 'not a list' } } });
    expect(await loadProgress()).toEqual(emptyProgress);
  });

  it('keeps reflections of two modules saved at the same moment', async () => {
    await Promise.all([saveReflection('course-02', 'first answer'), saveReflection('course-03', 'second answer')]);
    expect((await loadReflection('course-02'))?.text).toBe('first answer');
    expect((await loadReflection('course-03'))?.text).toBe('second answer');
    // One record for all modules, so no record id names a module.
    expect(await getRecord('course-reflection', 'course-02')).toBeUndefined();
  });

  it('refuses to save a reflection while locked and keeps the saved one', async () => {
    lock('manual');
    await expect(saveReflection('course-02', 'written while locked')).rejects.toThrow();
    await unlock(passphrase);
    expect((await loadReflection('course-02'))?.text).toBe('first answer');
  });
});
