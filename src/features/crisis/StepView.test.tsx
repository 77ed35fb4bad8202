import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import panic from '../../../content/scripts/panic.en.json';
import { renderWithProviders } from '../../../tests/render';
import { PfaScriptPackSchema } from '../../content/schema';
import { startRun } from './engine/scriptEngine';
import { StepView } from './StepView';

const script = PfaScriptPackSchema.parse(panic);

async function openFirstStep() {
  const onStop = vi.fn();
  const onAdvance = vi.fn();
  await renderWithProviders(
    <StepView
      script={script}
      run={startRun(script, Date.now())}
      country="PE"
      directories={[]}
      exercises={[]}
      onAdvance={onAdvance}
      onBack={() => undefined}
      onStop={onStop}
      onFinish={() => undefined}
      onChangeCountry={() => undefined}
    />,
  );
  return { onStop, onAdvance };
}

describe('stopping a running script', { timeout: 20_000 }, () => {
  it('asks first, and "keep going" (or Escape) returns to the step with nothing lost', async () => {
    const { onStop } = await openFirstStep();
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
    const question = screen.getByRole('group', { name: 'Stop this guide? You will lose your place in it.' });
    expect(question).toBeInTheDocument();
    // The safe answer has the focus, so a second stray tap or Enter keeps the place.
    expect(screen.getByRole('button', { name: 'No, keep going' })).toHaveFocus();
    // While the question is open, nothing else in the bar can be tapped by mistake.
    expect(screen.queryByRole('button', { name: 'Next' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'No, keep going' }));
    expect(screen.queryByRole('group', { name: /Stop this guide/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stop' })).toHaveFocus();
    expect(screen.getByText(script.steps[0]?.text ?? '')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /Stop this guide/ })).not.toBeInTheDocument();
    expect(onStop).not.toHaveBeenCalled();
  });

  it('stops only on "Yes, stop"', async () => {
    const { onStop } = await openFirstStep();
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, stop' }));
    expect(onStop).toHaveBeenCalledTimes(1);
  });
});
