import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeSpeechEngine } from '../../tests/fakeSpeech';
import { renderWithProviders } from '../../tests/render';
import { ReadAloudButton } from './ReadAloudButton';
import { ScreenHeading } from './ScreenHeading';

function Screen({ text = 'Respira despacio.', locale = 'es' }: { text?: string; locale?: string }) {
  return (
    <>
      <ScreenHeading>Test</ScreenHeading>
      <ReadAloudButton text={text} locale={locale} />
    </>
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the read-aloud button', { timeout: 20_000 }, () => {
  it('reads the text in its own language, and a second press stops it', async () => {
    const { spoken, engine } = installFakeSpeechEngine(['es-MX', 'en-US']);
    await renderWithProviders(<Screen />, { language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'Read aloud' }));
    expect(spoken.map(({ text, lang }) => ({ text, lang }))).toEqual([{ text: 'Respira despacio.', lang: 'es-419' }]);
    const cancelsBefore = engine.cancel.mock.calls.length;
    await userEvent.click(await screen.findByRole('button', { name: 'Stop reading' }));
    expect(engine.cancel.mock.calls.length).toBe(cancelsBefore + 1);
    expect(screen.getByRole('button', { name: 'Read aloud' })).toBeInTheDocument();
  });

  it('goes back to "Read aloud" when the voice finishes', async () => {
    const { spoken } = installFakeSpeechEngine(['en-GB']);
    await renderWithProviders(<Screen text="Breathe." locale="en" />, { language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'Read aloud' }));
    await screen.findByRole('button', { name: 'Stop reading' });
    spoken[0]?.onend?.();
    expect(await screen.findByRole('button', { name: 'Read aloud' })).toBeInTheDocument();
  });

  it('says when the phone has no voice for the language, naming it in the screen language, and how to add one', async () => {
    const { engine } = installFakeSpeechEngine(['en-US']);
    await renderWithProviders(<Screen text="Respire." locale="fr" />, { language: 'es' });
    await userEvent.click(await screen.findByRole('button', { name: 'Leer en voz alta' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Este teléfono todavía no tiene una voz en francés');
    expect(screen.getByRole('status')).toHaveTextContent('Texto a voz');
    expect(engine.speak).not.toHaveBeenCalled();
  });

  it('says when the browser cannot read aloud at all', async () => {
    Reflect.deleteProperty(window, 'speechSynthesis');
    await renderWithProviders(<Screen />, { language: 'fr' });
    await userEvent.click(await screen.findByRole('button', { name: 'Lire à voix haute' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Ce navigateur ne peut pas lire à voix haute.');
  });

  it('stops its own voice when it leaves the screen', async () => {
    const { engine } = installFakeSpeechEngine(['es-419']);
    const { unmount } = await renderWithProviders(<Screen />, { language: 'en' });
    await userEvent.click(await screen.findByRole('button', { name: 'Read aloud' }));
    await screen.findByRole('button', { name: 'Stop reading' });
    const cancelsBefore = engine.cancel.mock.calls.length;
    unmount();
    expect(engine.cancel.mock.calls.length).toBe(cancelsBefore + 1);
  });
});
