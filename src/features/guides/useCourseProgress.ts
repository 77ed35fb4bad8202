import { useCallback, useEffect, useRef, useState } from 'react';
import { useVaultState, type VaultStatus } from '../../vault';
import { emptyProgress, loadPlainProgress, loadProgress, mergeProgress, savePlainProgress, saveProgress, type CourseProgress } from './progressStore';

export type CourseProgressState = {
  vaultStatus: VaultStatus;
  /** Always there: what the phone keeps unlocked, with the vault's part while it is open (progressStore.ts). */
  progress: CourseProgress;
  hasSaveFailed: boolean;
  /** Applies a change and saves it; changes are saved one after another, in order. */
  update: (change: (progress: CourseProgress) => CourseProgress) => void;
};

export function useCourseProgress(): CourseProgressState {
  const vault = useVaultState();
  const isOpen = vault.status === 'unlocked';
  const [progress, setProgress] = useState<CourseProgress>(loadPlainProgress);
  const [hasSaveFailed, setHasSaveFailed] = useState(false);
  const latest = useRef<CourseProgress>(progress);
  const isVaultRead = useRef(false);
  const saving = useRef<Promise<void>>(Promise.resolve());

  const show = useCallback((next: CourseProgress) => {
    latest.current = next;
    setProgress(next);
  }, []);

  useEffect(() => {
    if (!isOpen) return;
    let isCurrent = true;
    loadProgress()
      .catch(() => emptyProgress)
      .then((fromVault) => {
        if (!isCurrent) return;
        isVaultRead.current = true;
        const merged = mergeProgress(latest.current, fromVault);
        show(merged);
        // Progress kept only in the vault by earlier versions shows after the next reload too.
        try {
          savePlainProgress(merged);
        } catch {
          // Storage refused: it still shows while the vault is open.
        }
      })
      .catch(() => undefined);
    return () => {
      // Locking drops what came from the vault (skips), so nothing decrypted outlives the open vault.
      isCurrent = false;
      isVaultRead.current = false;
      show(loadPlainProgress());
    };
  }, [isOpen, show]);

  const update = useCallback(
    (change: (progress: CourseProgress) => CourseProgress) => {
      const before = latest.current;
      const next = change(before);
      if (next === before) return;
      show(next);
      let hasFailed = false;
      try {
        savePlainProgress(next);
      } catch {
        hasFailed = true;
      }
      setHasSaveFailed(hasFailed);
      // The vault's copy is written only once it was read, so an older copy never overwrites it.
      if (!isVaultRead.current) return;
      saving.current = saving.current.then(
        () =>
          saveProgress(next).then(
            () => setHasSaveFailed(hasFailed),
            () => setHasSaveFailed(true),
          ),
        () => undefined,
      );
    },
    [show],
  );

  return { vaultStatus: vault.status, progress, hasSaveFailed, update };
}
