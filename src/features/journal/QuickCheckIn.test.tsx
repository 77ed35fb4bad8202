import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { ScreenHeading } from '../../ui/ScreenHeading';

const saveEntry = vi.fn<(entry: unknown) => Promise<void>>();
vi.mock('./journalStore', () => ({ saveEntry: (entry: unknown) => saveEntry(entry) }));
const { QuickCheckIn } = await import('./QuickCheckIn');

function Screen() {
  return (
    <>
      <ScreenHeading>Journal</ScreenHeading>
      <QuickCheckIn />
    </>
  );
}

describe('QuickCheckIn', { timeout: 20_000 }, () => {
  beforeEach(() => saveEntry.mockReset());

  it('saves a mood-only entry in two taps', async () => {
    saveEntry.mockResolvedValue(undefined);
    await renderWithProviders(<Screen />, { language: 'es' });
    await userEvent.click(await screen.findByRole('radio', { name: 'Bien' }, { timeout: 5000 }));
    await userEvent.click(screen.getByRole('button', { name: 'Guardar' }));
    expect(saveEntry).toHaveBeenCalledWith(expect.objectContaining({ mood: 4, text: '', feelings: [] }));
    expect(await screen.findByText('Guardado.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Agregar detalles' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/journal\/entry\/[0-9a-f-]{36}$/),
    );
  });

  it('asks for a mood before saving', async () => {
    await renderWithProviders(<Screen />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose how you feel first.');
    expect(saveEntry).not.toHaveBeenCalled();
  });
});
