import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { RadioChoices } from './RadioChoices';

function Minutes() {
  const [minutes, setMinutes] = useState(5);
  return (
    <RadioChoices
      legend="Lock after"
      hint="Also when you leave the app"
      name="minutes"
      choices={[5, 15].map((value) => ({ value, label: `${value} minutes` }))}
      chosen={minutes}
      onChoose={setMinutes}
    >
      <p>Chosen: {minutes}</p>
    </RadioChoices>
  );
}

describe('RadioChoices', () => {
  it('is a group named by its legend and described by its hint, with the chosen value checked', async () => {
    render(<Minutes />);
    const group = screen.getByRole('group', { name: 'Lock after' });
    expect(group).toHaveAccessibleDescription('Also when you leave the app');
    expect(screen.getByRole('radio', { name: '5 minutes' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: '15 minutes' }));
    expect(screen.getByRole('radio', { name: '15 minutes' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '5 minutes' })).not.toBeChecked();
    expect(screen.getByText('Chosen: 15')).toBeInTheDocument();
  });

  it('marks a label written in another language', () => {
    render(
      <RadioChoices
        legend="Language"
        name="language"
        choices={[{ value: 'fr', label: 'Français', lang: 'fr' }]}
        chosen={undefined}
        onChoose={() => undefined}
      />,
    );
    expect(screen.getByText('Français')).toHaveAttribute('lang', 'fr');
    expect(screen.getByRole('radio', { name: 'Français' })).not.toBeChecked();
    expect(screen.getByRole('group', { name: 'Language' })).not.toHaveAttribute('aria-describedby');
  });
});
