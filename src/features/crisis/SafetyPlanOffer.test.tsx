import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { crisisTypes } from '../../content/schema';
import { updatePreferences } from '../../prefs/preferences';
import { QrCode } from '../directory';
import { installTestPacks } from '../directory/testPacks';
import { SafetyPlanOffer } from './SafetyPlanOffer';

const offered = ['suicide', 'self-harm', 'general-distress'];

async function renderOffer(crisisType: (typeof crisisTypes)[number], language: 'en' | 'es' | 'fr' = 'en') {
  await renderWithProviders(
    <>
      <h1>Close</h1>
      <SafetyPlanOffer crisisType={crisisType} />
    </>,
    { language },
  );
}

describe("the close's safety plan offer", { timeout: 20_000 }, () => {
  for (const crisisType of crisisTypes) {
    const isOffered = offered.includes(crisisType);
    it(`${isOffered ? 'is' : 'is not'} made after a ${crisisType} run`, async () => {
      await renderOffer(crisisType);
      const heading = screen.queryByRole('heading', { name: 'A safety plan' });
      if (isOffered) expect(heading).toBeInTheDocument();
      else expect(heading).toBeNull();
    });
  }

  describe('keeps the emergency number in sight after a run about a life at risk', () => {
    beforeEach(async () => {
      await installTestPacks();
      updatePreferences({ country: 'PE' });
    });
    afterEach(() => updatePreferences({ country: undefined }));

    for (const crisisType of ['suicide', 'self-harm'] as const) {
      it(`after ${crisisType}: the number, one tap to call, saying what a call sends`, async () => {
        await renderOffer(crisisType);
        const offer = screen.getByRole('region', { name: 'A safety plan' });
        const call = await within(offer).findByRole('link', { name: /^Call 106 \(Sends: ambulance\)$/ });
        expect(call).toHaveAttribute('href', 'tel:106');
      });
    }

    it('not after general distress', async () => {
      await renderOffer('general-distress');
      expect(await screen.findByRole('heading', { name: 'A safety plan' })).toBeInTheDocument();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(screen.queryByRole('link', { name: /^Call / })).toBeNull();
      expect(screen.queryByText('In danger?')).toBeNull();
    });

    it('says to call the local number where the phone holds none for her country', async () => {
      updatePreferences({ country: undefined });
      await renderOffer('suicide');
      expect(screen.getByText('If someone is in danger, call your local emergency number.')).toBeInTheDocument();
    });
  });

  it('names the source of its clinical claim under it, in each language', async () => {
    await renderOffer('suicide');
    expect(
      screen.getByText('Source: Stanley, B. & Brown, G. K. (2012), Cognitive and Behavioral Practice 19(2), 256–264.'),
    ).toBeInTheDocument();
  });

  it('names the source in Spanish too', async () => {
    await renderOffer('self-harm', 'es');
    expect(screen.getByText(/^Fuente: Stanley, B\. y Brown, G\. K\. \(2012\)/)).toBeInTheDocument();
  });

  it("never links into /plan: the phone in hand is the Companion's, so her plan would land in the Companion's vault", async () => {
    await renderOffer('suicide');
    // No country chosen: the emergency line is plain words here, so the screen holds no link at all.
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(document.querySelector('a[href*="plan"]')).toBeNull();
    expect(
      screen.getByText('On her phone, she installs or opens Compañera, then goes to “My safety plan”.', { exact: false }),
    ).toBeInTheDocument();
  });

  it("shows a QR code of the app's own address only when the Companion asks, and hides it again", async () => {
    const user = userEvent.setup();
    await renderOffer('self-harm');
    expect(screen.queryByRole('img')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show the app’s QR code' }));
    const shown = await screen.findByRole('img', { name: 'QR code with the app’s address' });
    expect(screen.getByRole('button', { name: 'Hide the QR code' })).toHaveAttribute('aria-expanded', 'true');
    // The same code the directory draws for the app's start page, not for this crisis screen.
    render(<QrCode text={`${location.origin}/`} label="reference" />);
    const reference = await screen.findByRole('img', { name: 'reference' });
    expect(shown.querySelector('path')?.getAttribute('d')).toBe(reference.querySelector('path')?.getAttribute('d'));
    await user.click(screen.getByRole('button', { name: 'Hide the QR code' }));
    expect(screen.queryByRole('img', { name: 'QR code with the app’s address' })).toBeNull();
  });

  it('speaks of the person in the form chosen in Settings, with the app screen named as Home names it', async () => {
    await renderOffer('suicide', 'es');
    expect(screen.getByText(/En su teléfono, ella instala o abre Compañera y entra en «Mi plan de seguridad»/)).toBeInTheDocument();
    updatePreferences({ addressForm: 'neutral' });
    expect(await screen.findByText(/En su teléfono, la persona instala o abre Compañera/)).toBeInTheDocument();
  });

  it('says the same in French, in tu to the Companion', async () => {
    await renderOffer('general-distress', 'fr');
    expect(screen.getByText(/pas sur le tien/)).toBeInTheDocument();
    expect(screen.getByText(/puis va dans « Mon plan de sécurité »/)).toBeInTheDocument();
  });
});
