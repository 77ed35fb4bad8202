import { describe, expect, it } from 'vitest';
import { scriptPack } from '../../tests/fixtures/packs/samplePacks';
import { renderAlternates } from './genderText';
import { TextSchema } from './text';
import { parseAndValidatePack } from './verify';

const messagesOf = (text: string) => TextSchema.safeParse(text).error?.issues.map((issue) => issue.message) ?? [];

describe('gender alternates in pack text', () => {
  const text = 'Estás [[cansada|cansado|cansade]]. ¿Quieres que te [[acompañe a ella|acompañe a él|acompañe]]?';

  it('render the form the person chose, everywhere in the text', () => {
    expect(renderAlternates(text, 'feminine')).toBe('Estás cansada. ¿Quieres que te acompañe a ella?');
    expect(renderAlternates(text, 'masculine')).toBe('Estás cansado. ¿Quieres que te acompañe a él?');
    expect(renderAlternates(text, 'neutral')).toBe('Estás cansade. ¿Quieres que te acompañe?');
    expect(renderAlternates('No brackets here.', 'masculine')).toBe('No brackets here.');
  });

  it('are accepted in pack text when well formed', () => {
    expect(messagesOf(text)).toEqual([]);
    expect(messagesOf('A single [bracket] or | bar is ordinary prose.')).toEqual([]);
  });

  it.each([
    ['two forms', 'Estás [[cansada|cansado]].'],
    ['four forms', 'Estás [[cansada|cansado|cansade|cansadx]].'],
    ['no closing brackets', 'Estás [[cansada|cansado|cansade.'],
    ['a stray closing pair', 'Estás cansada]].'],
    ['nesting', 'Estás [[muy [[cansada|cansado|cansade]]|b|c]].'],
  ])('are refused with a clear message when malformed: %s', (_label, bad) => {
    expect(messagesOf(bad).join(' ')).toContain('is not a well-formed [[feminine|masculine|neutral]] alternate');
  });

  it('are refused when a form is empty', () => {
    expect(messagesOf('Estás [[cansada||cansade]].')).toEqual(['a [[feminine|masculine|neutral]] alternate has an empty form']);
    expect(messagesOf('Estás [[cansada|cansado| ]].')).toEqual(['a [[feminine|masculine|neutral]] alternate has an empty form']);
  });

  it('refuse a whole pack, naming the field, when one step has a malformed alternate', () => {
    const pack = scriptPack();
    pack.steps[2] = { ...pack.steps[2], text: '¿Estás [[lista|listo]]?' } as (typeof pack.steps)[number];
    const result = parseAndValidatePack(JSON.stringify(pack));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((found) => found.message).join('\n')).toContain('steps[2].text');
  });
});
