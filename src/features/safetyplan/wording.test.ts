import { describe, expect, it } from 'vitest';
import es from '../../../locales/es/safetyplan.json';
import fr from '../../../locales/fr/safetyplan.json';
import { lineSections } from './plan';

/*
 * Words a field review found wrong, kept right: each hint asks for one thing per line (not one
 * "sign" or "thing" left to guess), the plan goes on until she feels safe (calm is not the aim),
 * and French speaks to her in tu, as the rest of the app does.
 */
describe('the safety plan in Spanish and French', () => {
  it('asks in Spanish for one thing per line in every written step', () => {
    for (const section of lineSections) expect(es.sections[section].hint).toMatch(/ Una cosa por línea\.$/);
  });

  it('says in Spanish to go on until she feels safe, not calmer', () => {
    expect(es.intro).toContain('hasta sentirte más a salvo');
    expect(es.intro).not.toContain('calma');
  });

  it('asks in French for one thing per line in every written step, as in Spanish', () => {
    for (const section of lineSections) expect(fr.sections[section].hint).toMatch(/ Une chose par ligne\.$/);
  });

  it('asks in French, in tu, to remove a line to add another when a list is full', () => {
    expect(fr.contact.full).toMatch(/Retire une ligne pour en ajouter une autre\.$/);
  });
});
