/*
 * The app's one state pattern: a module keeps a value in a store, code outside React subscribes to
 * it, and screens read it through useStore (src/ui/useStore.ts). No React and no other module of
 * the app here, so every layer, the sync worker included, can hold a store.
 *
 * The value is replaced, never changed in place: get() hands out the same value until the next
 * set, which is what useSyncExternalStore needs to not render for ever. A set with the value the
 * store already holds (Object.is) tells no one.
 */

export type Listener<T> = (value: T) => void;

/** What a module hands out: read and watch, but only the module sets. */
export type ReadonlyStore<T> = {
  readonly get: () => T;
  readonly subscribe: (listener: Listener<T>) => () => void;
};

export type Store<T> = ReadonlyStore<T> & {
  readonly set: (next: T) => void;
  /** Sets what `change` makes of the current value. */
  readonly update: (change: (current: T) => T) => void;
  /** Whether anyone listens now (a module may start work only for a screen that watches). */
  readonly hasListeners: () => boolean;
};

/** A store whose first value is read on first use (from storage, say), and read again after forget(). */
export type LazyStore<T> = Store<T> & {
  /** Drops the value without telling anyone: the next get reads it again. */
  readonly forget: () => void;
};

export function createLazyStore<T>(read: () => T): LazyStore<T> {
  let holds = false;
  let value: T | undefined;
  const listeners = new Set<Listener<T>>();

  const get = (): T => {
    if (!holds) {
      value = read();
      holds = true;
    }
    return value as T;
  };
  const set = (next: T): void => {
    if (holds && Object.is(value, next)) return;
    value = next;
    holds = true;
    for (const listener of listeners) listener(next);
  };
  return {
    get,
    set,
    update: (change) => set(change(get())),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    hasListeners: () => listeners.size > 0,
    forget: () => {
      holds = false;
      value = undefined;
    },
  };
}

export function createStore<T>(initial: T): Store<T> {
  const { get, set, update, subscribe, hasListeners } = createLazyStore(() => initial);
  // Held from the start, so a first set of the same value tells no one, as any later one.
  get();
  return { get, set, update, subscribe, hasListeners };
}
