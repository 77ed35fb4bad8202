import { describe, expect, it } from 'vitest';
import { scriptPack } from '../../tests/fixtures/packs/samplePacks';
import { planBuild } from './build';
import { PfaScriptPackSchema, type PfaScriptPack, type ScriptStep } from './schema';
import { checkScriptGraph, checkScriptHandoffs } from './scriptGraph';
import { checkHandoffReferences, validatePack } from './verify';

const end = (id: string): ScriptStep => ({ id, type: 'end', phase: 'close', text: 'Thank you' });
const say = (id: string, next: string): ScriptStep => ({ id, type: 'say', phase: 'listen', text: 'Hello', next });
type Way = { next: string } | { handoff: { crisisType: PfaScriptPack['crisisType']; step?: string } };
const choose = (id: string, ...ways: Way[]): ScriptStep => ({
  id,
  type: 'choose',
  phase: 'look',
  text: 'Which?',
  options: ways.map((way, index) => ({ id: `o${index}`, label: `Option ${index}`, ...way })),
});
const script = (
  id: string,
  crisisType: PfaScriptPack['crisisType'],
  steps: ScriptStep[],
  locale: PfaScriptPack['locale'] = 'en',
): PfaScriptPack => ({
  schemaVersion: 1,
  id,
  kind: 'pfa-script',
  locale,
  title: id,
  summary: 'A script for tests.',
  crisisType,
  start: steps[0]?.id ?? 'a',
  steps,
});

// General distress may hand off to the suicide script at its questions; suicide ends on its own.
const distress = () =>
  script('distress-en', 'general-distress', [
    choose('a', { next: 'z' }, { handoff: { crisisType: 'suicide', step: 'ask-plan' } }),
    end('z'),
  ]);
const suicide = () =>
  script('suicide-en', 'suicide', [say('start', 'ask-plan'), choose('ask-plan', { next: 'z' }, { next: 'start' }), end('z')]);

describe('a handoff in a pack', () => {
  it('is an option with a situation and, if it says so, a step; never both a next step and a handoff', () => {
    expect(PfaScriptPackSchema.safeParse(distress()).success).toBe(true);
    const both = distress();
    const first = both.steps[0] as Extract<ScriptStep, { type: 'choose' }>;
    first.options[1] = {
      id: 'o1',
      label: 'Both',
      next: 'z',
      handoff: { crisisType: 'suicide' },
    } as unknown as (typeof first.options)[number];
    expect(PfaScriptPackSchema.safeParse(both).success).toBe(false);
    const neither = distress();
    (neither.steps[0] as Extract<ScriptStep, { type: 'choose' }>).options[1] = {
      id: 'o1',
      label: 'Neither',
    } as unknown as (typeof first.options)[number];
    expect(PfaScriptPackSchema.safeParse(neither).success).toBe(false);
    const unknownSituation = {
      ...distress(),
      steps: [choose('a', { next: 'z' }, { handoff: { crisisType: 'astrology' as 'suicide' } }), end('z')],
    };
    expect(PfaScriptPackSchema.safeParse(unknownSituation).success).toBe(false);
  });

  it('counts as a way out of its own script', () => {
    // Without the handoff, "a" could only loop back to itself.
    const onlyOut = script('x-en', 'panic', [choose('a', { next: 'a' }, { handoff: { crisisType: 'suicide' } }), end('z')]);
    expect(checkScriptGraph(onlyOut).map((found) => found.message)).toEqual(['cannot be reached from the start']);
    expect(checkScriptGraph(distress())).toEqual([]);
  });

  it('may carry the public sources of its statements', () => {
    const sourced = {
      ...distress(),
      sources: [
        {
          title: 'Psychological first aid: guide for field workers',
          url: 'https://www.who.int/publications/i/item/9789241548205',
          date: '2011',
        },
      ],
    };
    expect(PfaScriptPackSchema.safeParse(sourced).success).toBe(true);
    expect(PfaScriptPackSchema.safeParse({ ...sourced, sources: [{ title: 'x', url: 'http://example.org', date: '2011' }] }).success).toBe(
      false,
    );
  });
});

describe('handoffs across scripts', () => {
  it('accept a target script and step of the same language', () => {
    expect(checkScriptHandoffs([distress(), suicide()])).toEqual([]);
  });

  it('refuse a situation with no script in that language, or a step its script does not have', () => {
    expect(checkScriptHandoffs([distress()])).toEqual([
      { scriptId: 'distress-en', stepId: 'a', optionId: 'o1', message: 'hands off to "suicide", but there is no en script for it' },
    ]);
    expect(checkScriptHandoffs([distress(), { ...suicide(), locale: 'fr' }])[0]?.message).toBe(
      'hands off to "suicide", but there is no en script for it',
    );
    const withoutStep = script('suicide-en', 'suicide', [say('start', 'z'), end('z')]);
    expect(checkScriptHandoffs([distress(), withoutStep])[0]?.message).toBe(
      'hands off to step "ask-plan" of "suicide", which its en script does not have',
    );
  });

  it('refuse a loop A to B to A with no other way out', () => {
    const a = script('a-en', 'general-distress', [
      choose('a1', { handoff: { crisisType: 'panic' } }, { handoff: { crisisType: 'panic', step: 'b2' } }),
      end('z'),
    ]);
    const b = script('b-en', 'panic', [
      choose('b1', { handoff: { crisisType: 'general-distress' } }, { next: 'b2' }),
      say('b2', 'b1'),
      end('z'),
    ]);
    const problems = checkScriptHandoffs([a, b]);
    expect(problems.map((found) => `${found.scriptId}/${found.stepId}`).sort()).toEqual(['a-en/a1', 'b-en/b1', 'b-en/b2']);
    expect(problems[0]?.message).toBe('can never reach an end step: its handoffs only lead round in a loop');
    // One real way out is enough.
    const bWithExit = script('b-en', 'panic', [
      choose('b1', { handoff: { crisisType: 'general-distress' } }, { next: 'z' }),
      say('b2', 'b1'),
      end('z'),
    ]);
    expect(checkScriptHandoffs([a, bWithExit])).toEqual([]);
  });

  it('are refused at pack verification with the field to fix, and by the build', async () => {
    expect(validatePack(distress()).ok).toBe(true); // one pack alone cannot see the others
    expect(checkHandoffReferences([distress()]).map((found) => [found.code, found.packId, found.message])).toEqual([
      ['pack-reference', 'distress-en', 'steps[0].options[1].handoff: hands off to "suicide", but there is no en script for it'],
    ]);
    const built = await planBuild({
      sources: [{ file: 'content/scripts/distress.en.json', text: JSON.stringify(distress()) }],
      lock: {},
      sourceId: 'builtin',
      now: new Date('2026-03-01T00:00:00Z'),
      expiresDays: 30,
    });
    expect(built.ok).toBe(false);
    if (!built.ok)
      expect(built.problems).toContainEqual({
        file: 'content/scripts/distress.en.json',
        message: expect.stringContaining('hands off to "suicide"') as string,
      });
    const both = await planBuild({
      sources: [distress(), suicide()].map((pack) => ({ file: `${pack.id}.json`, text: JSON.stringify(pack) })),
      lock: {},
      sourceId: 'builtin',
      now: new Date('2026-03-01T00:00:00Z'),
      expiresDays: 30,
    });
    expect(both.ok).toBe(true);
  });

  it('leave scripts without handoffs alone', () => {
    expect(checkHandoffReferences([scriptPack()])).toEqual([]);
  });
});
