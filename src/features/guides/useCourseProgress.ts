import { useCallback, useEffect, useRef, useState } from 'react';
import { type VaultStatus } from '../../vault';
import { useVaultState } from '../../ui/useVaultState';
import { emptyProgress, loadProgress, saveProgress, type CourseProgress } from './progressStore';

export type CourseProgressState = {
  vaultStatus: VaultStatus;
  /** Undefined while loading, or while the vault is not open. */
  progress: CourseProgress | undefined;
  hasSaveFailed: boolean;
  /** Applies a change and saves it; changes are saved one after another, in order. */
  update: (change: (progress: CourseProgress) => CourseProgress) => void;
};

export function useCourseProgress(): CourseProgressState {
  const vault = useVaultState();
  const isOpen = vault.status === 'unlocked';
  const [progress, setProgress] = useState<CourseProgress>();
  const [hasSaveFailed, setHasSaveFailed] = useState(false);
  const latest = useRef<CourseProgress | undefined>(undefined);
  const saving = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    if (!isOpen) return;
    let isCurrent = true;
    loadProgress()
      .catch(() => emptyProgress)
      .then((loaded) => {
        if (!isCurrent) return;
        latest.current = loaded;
        setProgress(loaded);
      })
      .catch(() => undefined);
    return () => {
      // Locking drops what was read, so nothing decrypted outlives the open vault.
      isCurrent = false;
      latest.current = undefined;
      setProgress(undefined);
    };
  }, [isOpen]);

  const update = useCallback((change: (progress: CourseProgress) => CourseProgress) => {
    const before = latest.current;
    if (!before) return;
    const next = change(before);
    if (next === before) return;
    latest.current = next;
    setProgress(next);
    saving.current = saving.current.then(
      () =>
        saveProgress(next).then(
          () => setHasSaveFailed(false),
          () => setHasSaveFailed(true),
        ),
      () => undefined,
    );
  }, []);

  return { vaultStatus: vault.status, progress: isOpen ? progress : undefined, hasSaveFailed, update };
}
