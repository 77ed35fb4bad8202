import { useCallback, useEffect, useRef, useState } from 'react';
import { type VaultStatus } from '../../vault';
import { useVaultState } from '../../ui/useVaultState';
import { countModuleDone } from '../report';
import {
  emptyProgress,
  loadPlainProgress,
  loadProgress,
  mergeProgress,
  savePlainProgress,
  saveProgress,
  type CourseProgress,
} from './progressStore';

export type CourseProgressState = {
  vaultStatus: VaultStatus;
  /** Always there: what the phone keeps unlocked, with the vault's part while it is open (progressStore.ts). */
  progress: CourseProgress;
  hasSaveFailed: boolean;
  /** Applies a change and saves it; changes are saved one after another, in order. */
  update: (change: (progress: CourseProgress) => CourseProgress) => void;
};

/*
 * Skips made with no open vault are never stored: they last for this page's life, in memory, so
 * moving between the list and the modules (each a new screen) keeps them. Locking forgets them.
 */
let skippedThisVisit: ReadonlySet<string> = new Set();

function withSkipsOfThisVisit(progress: CourseProgress): CourseProgress {
  const modules = { ...progress.modules };
  for (const slug of skippedThisVisit) {
    const module = modules[slug];
    if (!module?.isDone) modules[slug] = { ...(module ?? { drills: [] }), isDone: false, isSkipped: true };
  }
  return { modules };
}

export function useCourseProgress(): CourseProgressState {
  const vault = useVaultState();
  const isOpen = vault.status === 'unlocked';
  const [progress, setProgress] = useState<CourseProgress>(() => withSkipsOfThisVisit(loadPlainProgress()));
  const [hasSaveFailed, setHasSaveFailed] = useState(false);
  const latest = useRef<CourseProgress>(progress);
  const isVaultRead = useRef(false);
  const saving = useRef<Promise<void>>(Promise.resolve());

  const show = useCallback((next: CourseProgress) => {
    latest.current = next;
    skippedThisVisit = new Set(Object.entries(next.modules).flatMap(([slug, module]) => (module.isSkipped ? [slug] : [])));
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
      skippedThisVisit = new Set();
      show(loadPlainProgress());
    };
  }, [isOpen, show]);

  const update = useCallback(
    (change: (progress: CourseProgress) => CourseProgress) => {
      const before = latest.current;
      const next = change(before);
      if (next === before) return;
      show(next);
      // For her activity report, if counting is on: a module that has just become done.
      for (const [slug, module] of Object.entries(next.modules)) if (module.isDone && !before.modules[slug]?.isDone) countModuleDone(slug);
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
