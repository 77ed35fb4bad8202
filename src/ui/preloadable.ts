import { createElement, lazy, useState, type ComponentType } from 'react';

/*
 * Code that is split into its own chunk but can be fetched before React asks for it: the boot
 * starts a screen's chunk alongside the shell, and the crisis list fetches the step screen while
 * the Companion reads. Once the chunk is in, the component renders at once; React.lazy alone
 * would still paint its fallback for a turn the first time.
 */

export type LoadOnce<T> = {
  /** Starts the load, or joins the one under way; the same promise until it fails. */
  get: () => Promise<T>;
  /** What the load gave, once it has; undefined before (or after a failure). */
  loaded: () => T | undefined;
};

/** Loads once; a failed load (an update that removed the chunk, say) may be tried again. */
export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let loading: Promise<T> | undefined;
  let result: T | undefined;
  return {
    get: () => {
      loading ??= load().then(
        (value) => (result = value),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    loaded: () => result,
  };
}

/**
 * A component from a chunk that may or may not have loaded yet. Each element decides once, when
 * it mounts, whether to render the loaded component directly or through React.lazy, and keeps to
 * it: switching later would be a different element type, so React would throw the screen away
 * and mount it again, losing what the person typed and where the focus was. The lazy wrapper is
 * made per element because React.lazy remembers a failed load for good: after a fetch lost on a
 * bad connection, the next visit to the screen must try again, not fail again.
 */
export function preloadableComponent<Props extends object, T>(
  source: LoadOnce<T>,
  pick: (loaded: T) => ComponentType<Props>,
): ComponentType<Props> {
  function Preloadable(props: Props) {
    const [Chosen] = useState<ComponentType<Props>>(() => {
      const loaded = source.loaded();
      return loaded === undefined ? lazy(async () => ({ default: pick(await source.get()) })) : pick(loaded);
    });
    return createElement(Chosen, props);
  }
  return Preloadable;
}
