import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createStore, type ReadonlyStore } from '../lib/store';
import { useStore } from './useStore';

type Counter = { count: number; label: string };

function Count({ store }: { store: ReadonlyStore<Counter> }) {
  const { count } = useStore(store);
  return <output aria-label="count">{count}</output>;
}

let labelRenders = 0;
function Label({ store }: { store: ReadonlyStore<Counter> }) {
  labelRenders++;
  const label = useStore(store, (value) => value.label);
  return <output aria-label="label">{label}</output>;
}

describe('useStore', () => {
  it('renders the value and follows each set', () => {
    const store = createStore<Counter>({ count: 0, label: 'a' });
    render(<Count store={store} />);
    expect(screen.getByRole('status', { name: 'count' })).toHaveTextContent('0');
    act(() => store.set({ count: 1, label: 'a' }));
    expect(screen.getByRole('status', { name: 'count' })).toHaveTextContent('1');
  });

  it('re-renders a selecting component only when its part changes', () => {
    const store = createStore<Counter>({ count: 0, label: 'a' });
    labelRenders = 0;
    render(<Label store={store} />);
    act(() => store.update((value) => ({ ...value, count: value.count + 1 })));
    expect(labelRenders).toBe(1);
    act(() => store.update((value) => ({ ...value, label: 'b' })));
    expect(labelRenders).toBe(2);
    expect(screen.getByRole('status', { name: 'label' })).toHaveTextContent('b');
  });
});
