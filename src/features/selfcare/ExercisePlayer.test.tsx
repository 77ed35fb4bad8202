import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeSpeechEngine } from '../../../tests/fakeSpeech';
import grounding from '../../../content/exercises/grounding-54321.fr.json';
import { renderWithProviders } from '../../../tests/render';
import { ExercisePackSchema } from '../../content/schema';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { ExercisePlayer } from './ExercisePlayer';

const exercise = ExercisePackSchema.parse(grounding);

async function openExercise() {
  await renderWithProviders(
    <>
      <ScreenHeading>Prendre soin de soi</ScreenHeading>
      <ExercisePlayer exercise={exercise} />
    </>,
    { language: 'fr' },
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('voice guidance in an exercise', { timeout: 20_000 }, () => {
  it('speaks each step as it begins, in the exercise language, and goes quiet on pause', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const { spoken, engine } = installFakeSpeechEngine(['fr-CA']);
    await openExercise();
    await user.click(screen.getByRole('checkbox', { name: 'Lire chaque étape à voix haute' }));
    expect(engine.speak).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Commencer' }));
    await vi.waitFor(() => expect(spoken).toHaveLength(1));
    expect(spoken[0]).toMatchObject({ text: exercise.steps[0]?.text, lang: 'fr-CA' });

    await act(async () => {
      await vi.advanceTimersByTimeAsync((exercise.steps[0]?.seconds ?? 0) * 1_000);
    });
    await vi.waitFor(() => expect(spoken).toHaveLength(2));
    expect(spoken[1]).toMatchObject({ text: exercise.steps[1]?.text, lang: 'fr-CA' });

    const cancels = engine.cancel.mock.calls.length;
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(engine.cancel.mock.calls.length).toBeGreaterThan(cancels);
    expect(spoken).toHaveLength(2);
  });

  it('is off unless asked for', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    const { engine } = installFakeSpeechEngine(['fr-CA']);
    await openExercise();
    await user.click(screen.getByRole('button', { name: 'Commencer' }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(12_000);
    });
    expect(engine.speak).not.toHaveBeenCalled();
  });

  it('with no French voice, says so and how to add one, and turns itself off', async () => {
    const { engine } = installFakeSpeechEngine(['en-US']);
    await openExercise();
    const toggle = screen.getByRole('checkbox', { name: 'Lire chaque étape à voix haute' });
    await userEvent.click(toggle);
    await userEvent.click(screen.getByRole('button', { name: 'Commencer' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Ce téléphone n’a pas encore de voix en français');
    expect(toggle).not.toBeChecked();
    expect(engine.speak).not.toHaveBeenCalled();
  });
});
