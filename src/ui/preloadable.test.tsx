import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Component, Suspense, useState, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { loadOnce, preloadableComponent } from './preloadable';

// A screen with something typed into it: if React mounted it again, the words would be gone.
function NoteScreen({ label }: { label: string }) {
  const [words, setWords] = useState('');
  return (
    <label>
      {label}
      <input value={words} onChange={(event) => setWords(event.target.value)} />
    </label>
  );
}

function deferredModule() {
  let resolve: (module: { NoteScreen: typeof NoteScreen }) => void = () => undefined;
  const promise = new Promise<{ NoteScreen: typeof NoteScreen }>((settle) => (resolve = settle));
  return { load: vi.fn(() => promise), resolve };
}

describe('loadOnce', () => {
  it('loads once however many ask, and may try again after a failure', async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error('chunk gone')).mockResolvedValue('screen');
    const module = loadOnce(load);
    await expect(module.get()).rejects.toThrow('chunk gone');
    expect(module.loaded()).toBeUndefined();
    await Promise.all([module.get(), module.get()]);
    expect(load).toHaveBeenCalledTimes(2);
    expect(module.loaded()).toBe('screen');
  });
});

describe('preloadableComponent', () => {
  it('keeps a screen mounted before its code arrived: what was typed survives later renders', async () => {
    const { load, resolve } = deferredModule();
    const module = loadOnce(load);
    const Note = preloadableComponent(module, (loaded) => loaded.NoteScreen);
    function Host() {
      const [ticks, setTicks] = useState(0);
      return (
        <Suspense fallback={<p>Opening</p>}>
          <button type="button" onClick={() => setTicks(ticks + 1)}>
            Tick {ticks}
          </button>
          <Note label="Note" />
        </Suspense>
      );
    }
    const user = userEvent.setup();
    render(<Host />);
    expect(screen.getByText('Opening')).toBeInTheDocument();
    await act(async () => {
      resolve({ NoteScreen });
      await module.get();
    });
    await user.type(await screen.findByLabelText('Note'), 'called back at 9');
    // The parent renders again now that the code is loaded: the element must not change type.
    await user.click(screen.getByRole('button', { name: 'Tick 0' }));
    expect(screen.getByRole('button', { name: 'Tick 1' })).toBeInTheDocument();
    expect(screen.getByLabelText('Note')).toHaveValue('called back at 9');
  });

  it('renders at once, with no fallback, when the code was loaded beforehand', async () => {
    const { load, resolve } = deferredModule();
    const module = loadOnce(load);
    const Note = preloadableComponent(module, (loaded) => loaded.NoteScreen);
    resolve({ NoteScreen });
    await module.get();
    render(
      <Suspense fallback={<p>Opening</p>}>
        <Note label="Note" />
      </Suspense>,
    );
    expect(screen.queryByText('Opening')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Note')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries the load again the next time the screen opens, after a load that failed', async () => {
    let isConnected = false;
    const load = vi.fn(() => (isConnected ? Promise.resolve({ NoteScreen }) : Promise.reject(new Error('chunk lost on a bad connection'))));
    const Note = preloadableComponent(loadOnce(load), (module) => module.NoteScreen);
    const screenOnce = () => (
      <ScreenError>
        <Suspense fallback={<p>Opening</p>}>
          <Note label="Note" />
        </Suspense>
      </ScreenError>
    );
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    const first = render(screenOnce());
    expect(await screen.findByText('Could not open')).toBeInTheDocument();
    first.unmount();
    isConnected = true;
    render(screenOnce());
    expect(await screen.findByLabelText('Note')).toBeInTheDocument();
  });
});

/** The smallest error boundary: what the app's own one does, minus the words. */
class ScreenError extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <p>Could not open</p> : this.props.children;
  }
}
