import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { PrivacyScreen } from './PrivacyScreen';

/*
 * The limits a browser makes unavoidable, said on the privacy page itself and not only in
 * docs/STORAGE-REMANENCE.md: the home-screen name and icon, addresses in history, what storage
 * shows without the passphrase, and old pieces a browser keeps after "Delete all my data".
 * Each fact is matched by its key words, in each language, so rewording stays free.
 */
const facts = {
  es: {
    homeScreen: [/pantalla de inicio/, /nombre y el ícono/, /dirección de la página siempre/],
    history: [/dirección que escribiste/, /acceso directo/, /historial/],
    settings: [/país y región/, /Idioma/, /sin cifrar/],
    records: [/cuántos registros privados/, /de qué tipo/, /cuánto mide/, /No puede ver lo que dicen/],
    remains: [/pedazos viejos/, /archivos/],
  },
  en: {
    homeScreen: [/home screen/, /name and icon/, /address can always be seen/],
    history: [/address you typed/, /shortcut/, /history/],
    settings: [/country and region/, /Language/, /not encrypted/],
    records: [/how many private records/, /which kind/, /how big/, /cannot see what the records say/],
    remains: [/old pieces/, /files/],
  },
  fr: {
    homeScreen: [/écran d’accueil/, /nom et l’icône/, /adresse du site reste toujours visible/],
    history: [/adresse que tu as tapée/, /raccourci/, /historique/],
    settings: [/pays et région/, /Langue/, /non chiffrés/],
    records: [/combien il y a de fiches privées/, /quelle sorte/, /taille/, /ne peut pas voir ce qu’elles disent/],
    remains: [/vieux morceaux/, /fichiers/],
  },
} as const;

describe('the privacy page states what the browser keeps out of the app’s reach', () => {
  for (const [language, expected] of Object.entries(facts) as [keyof typeof facts, (typeof facts)[keyof typeof facts]][]) {
    it(`in ${language}`, async () => {
      await renderWithProviders(<PrivacyScreen />, { language, path: '/privacy' });
      const page = (await screen.findByRole('heading', { level: 1 })).closest('.screen');
      expect(page).not.toBeNull();
      const items = [...(page?.querySelectorAll('li, p') ?? [])].map((element) => element.textContent);
      for (const [fact, words] of Object.entries(expected)) {
        // Every key word of a fact in one list item or paragraph, so the fact reads as one statement.
        const holder = items.find((text) => words.every((word) => word.test(text)));
        expect(holder, `${language}: ${fact}`).toBeDefined();
      }
    });
  }
});
