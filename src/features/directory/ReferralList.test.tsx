import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { updatePreferences } from '../../prefs/preferences';
import { ReferralList } from './ReferralList';
import { testEntry, testPack } from './testEntries';
import { installTestPacks } from './testPacks';

/*
 * Packs written here from public sources, not read from content/, so the test checks the world:
 * Peru's PNP 105, Bomberos 116 and SAMU ambulance 106 (infobae.com 2026-01-06; exitosanoticias.pe
 * 2025-12-31), Línea 100 of the women's ministry, which involves the police (referral facts R027);
 * Canada's 988 and Québec's 1-866-APPELLE, which Québec lists first and routes 988 calls to
 * (newswire.ca 2023-11-30), and BC's crisis line, which a Québec Companion should not get first.
 */
const entry = testEntry;
const pack = testPack;

const peru = pack('PE', [
  entry(
    'Emergencias',
    'PE',
    ['emergency'],
    [
      { display: '105', dial: '105', sends: ['police'] },
      { display: '116', dial: '116', sends: ['fire-rescue'] },
      { display: '106', dial: '106', sends: ['ambulance'] },
    ],
    { policeInvolvement: 'yes' },
  ),
  entry('Línea 113', 'PE', ['mental-health'], [{ display: '113', dial: '113' }]),
  entry('Línea 100', 'PE', ['violence-against-women'], [{ display: '100', dial: '100' }], { policeInvolvement: 'yes' }),
  entry('Defensoría', 'PE', ['human-rights', 'legal-aid'], [{ display: '0800-15170', dial: '080015170' }], { policeInvolvement: 'no' }),
]);
const canada = pack('CA', [
  entry('911', 'CA', ['emergency'], [{ display: '9-1-1', dial: '911', sends: ['ambulance', 'fire-rescue', 'police'] }], {
    policeInvolvement: 'yes',
  }),
  entry('BC crisis line', 'CA', ['crisis-line'], [{ display: '310-6789', dial: '3106789' }], { subdivision: 'CA-BC' }),
  entry('988', 'CA', ['crisis-line'], [{ display: '9-8-8', dial: '988' }]),
  entry('1-866-APPELLE', 'CA', ['crisis-line'], [{ display: '1-866-277-3553', dial: '18662773553' }], { subdivision: 'CA-QC' }),
]);

beforeEach(async () => {
  await installTestPacks([peru, canada]);
  updatePreferences({ country: undefined, subdivision: undefined });
});

async function show(props: Parameters<typeof ReferralList>[0], language: 'en' | 'es' | 'fr' = 'en') {
  await renderWithProviders(
    <>
      <h1>Link</h1>
      <ReferralList {...props} />
    </>,
    { language },
  );
}

const headings = (list: HTMLElement) =>
  within(list)
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

describe('ReferralList', () => {
  it('in danger: medical help first (106, then 116), the police last, each saying what it sends', async () => {
    await show({ country: 'PE', needs: ['emergency', 'mental-health'] });
    const calls = within(await screen.findByRole('list', { name: 'Emergency numbers, medical help first' })).getAllByRole('link');
    expect(calls.map((link) => link.getAttribute('href'))).toEqual(['tel:106', 'tel:116', 'tel:105']);
    expect(calls[0]).toHaveAccessibleName(/Call 106.*Sends: ambulance/);
    expect(calls[2]).toHaveAccessibleName(/Call 105.*Sends: police/);
    // The emergency entry is not a card as well: the list holds what the other needs ask for.
    expect(headings(screen.getByRole('list', { name: 'Places that can help' }))).toEqual(['Línea 113']);
  });

  it('elsewhere: only the needs, in their order, one "In danger?" line, and police involvement on every card', async () => {
    await show({ country: 'PE', needs: ['mental-health', 'violence-against-women'] }, 'es');
    const list = await screen.findByRole('list', { name: 'Lugares que pueden ayudar' });
    expect(headings(list)).toEqual(['Línea 113', 'Línea 100']);
    expect(screen.queryByRole('list', { name: /Números de emergencia/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Llamar al 106 (Envía: ambulancia)' })).toHaveAttribute('href', 'tel:106');
    const cards = within(list).getAllByRole('article');
    expect(cards[0]).toHaveTextContent('No se sabe si llama a la policía');
    expect(cards[1]).toHaveTextContent('Puede enviar o llamar a la policía');
  });

  it('the police-violence script offers no police number and no service that involves the police', async () => {
    await show({ country: 'PE', needs: ['emergency', 'violence-against-women', 'legal-aid'], isPoliceFree: true });
    await screen.findByRole('list', { name: 'Emergency numbers, medical help first' });
    const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toContain('tel:106');
    expect(hrefs).not.toContain('tel:105');
    expect(hrefs).not.toContain('tel:100');
    expect(headings(screen.getByRole('list', { name: 'Places that can help' }))).toEqual(['Defensoría']);
  });

  it('a Québec Companion gets Québec, then national services, and other provinces only on request', async () => {
    updatePreferences({ country: 'CA', subdivision: 'CA-QC' });
    await show({ country: 'CA', needs: ['crisis-line'] }, 'fr');
    const list = await screen.findByRole('list', { name: 'Endroits qui peuvent aider' });
    expect(headings(list)).toEqual(['1-866-APPELLE', '988']);
    expect(screen.queryByRole('heading', { name: 'BC crisis line' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Voir 1 service d’autres régions' }));
    expect(await screen.findByRole('heading', { name: 'BC crisis line' })).toBeInTheDocument();
  });

  it('where the only number also sends the police, its button says so', async () => {
    await show({ country: 'CA', needs: ['emergency'] });
    const first = within(await screen.findByRole('list', { name: 'Emergency numbers, medical help first' })).getAllByRole('link')[0];
    expect(first).toHaveAccessibleName(/Call 9-1-1.*Sends: ambulance, fire and rescue, and police.*It also sends the police/);
  });
});
