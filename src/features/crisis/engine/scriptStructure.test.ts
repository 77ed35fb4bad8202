import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scriptStructureProblems } from './scriptStructure';

const scriptsDir = join(import.meta.dirname, '../../../../content/scripts');
const scriptFiles = readdirSync(scriptsDir).filter((file) => file.endsWith('.json'));

/** A small script that runs: safety check, then either the numbers or a word, then the end. */
function sample() {
  return {
    schemaVersion: 1,
    id: 'pfa-sample-en',
    kind: 'pfa-script',
    title: 'Sample',
    locale: 'en',
    summary: 'A script for tests.',
    crisisType: 'general-distress',
    start: 'safety',
    steps: [
      {
        id: 'safety',
        type: 'choose',
        phase: 'look',
        text: 'Is anyone in danger right now?',
        options: [
          { id: 'yes', label: 'Yes', next: 'numbers' },
          { id: 'no', label: 'No', next: 'listen' },
        ],
      },
      { id: 'numbers', type: 'link', phase: 'link', text: 'Call now.', needs: ['emergency'], next: 'done' },
      { id: 'listen', type: 'timer', phase: 'listen', text: 'Breathe together.', seconds: 60, next: 'done' },
      { id: 'done', type: 'end', phase: 'close', text: 'Thank you.' },
    ],
  };
}

type Sample = ReturnType<typeof sample>;
function withStep(index: number, change: (step: Record<string, unknown>) => Record<string, unknown>): Sample {
  const script = sample();
  script.steps[index] = change(script.steps[index] as Record<string, unknown>) as Sample['steps'][number];
  return script;
}

describe('the check an installed script passes before it runs', () => {
  it.each(scriptFiles)('passes every default script: %s', (file) => {
    expect(scriptStructureProblems(JSON.parse(readFileSync(join(scriptsDir, file), 'utf8')))).toEqual([]);
  });

  it('passes the sample', () => {
    expect(scriptStructureProblems(sample())).toEqual([]);
  });

  it('passes an option that hands off to another situation, at a step or at its start', () => {
    const handingOff = withStep(0, (step) => ({
      ...step,
      options: [
        { id: 'yes', label: 'Yes', next: 'numbers' },
        { id: 'no', label: 'No', next: 'listen' },
        { id: 'suicide', label: 'Thoughts of suicide', handoff: { crisisType: 'suicide', step: 'ask-plan' } },
        { id: 'panic', label: 'Panic', handoff: { crisisType: 'panic' } },
      ],
    }));
    expect(scriptStructureProblems(handingOff)).toEqual([]);
  });

  it.each([
    ['not an object', 'a script', 'not an object'],
    ['no steps', { ...sample(), steps: [] }, 'no steps'],
    ['no start', { ...sample(), start: undefined }, 'no start'],
    ['a step with an unknown type', withStep(2, (step) => ({ ...step, type: 'dance' })), 'unknown type'],
    ['a step in an unknown phase', withStep(2, (step) => ({ ...step, phase: 'later' })), 'unknown phase'],
    ['a step whose words are not text', withStep(1, (step) => ({ ...step, text: 42 })), 'no text'],
    ['a note that is not text', withStep(1, (step) => ({ ...step, note: ['x'] })), 'note'],
    ['a choice without options', withStep(0, (step) => ({ ...step, options: [] })), 'no usable options'],
    ['an option that leads nowhere', withStep(0, (step) => ({ ...step, options: [{ id: 'yes', label: 'Yes' }] })), 'no usable options'],
    [
      'an option with both a next step and a handoff',
      withStep(0, (step) => ({ ...step, options: [{ id: 'yes', label: 'Yes', next: 'numbers', handoff: { crisisType: 'suicide' } }] })),
      'no usable options',
    ],
    [
      'a handoff to a situation the app does not know',
      withStep(0, (step) => ({ ...step, options: [{ id: 'yes', label: 'Yes', handoff: { crisisType: 'astrology' } }] })),
      'no usable options',
    ],
    ['a link to a service the app does not know', withStep(1, (step) => ({ ...step, needs: ['astrologer'] })), 'no known service'],
    ['a timer without seconds', withStep(2, (step) => ({ ...step, seconds: 'a minute' })), 'no usable timer'],
    ['a say step with no next step', withStep(2, (step) => ({ ...step, type: 'say', next: undefined })), 'no next step'],
    ['a target that does not exist', withStep(1, (step) => ({ ...step, next: 'gone' })), 'missing step "gone"'],
    ['a start that does not exist', { ...sample(), start: 'nowhere' }, 'start step "nowhere" does not exist'],
    ['a loop with no way out', withStep(2, (step) => ({ ...step, next: 'listen' })), 'loops forever'],
    ['a step without an id', withStep(3, (step) => ({ ...step, id: undefined })), 'step 4 has no id'],
  ])('refuses %s', (_label, input, expected) => {
    const problems = scriptStructureProblems(input);
    expect(problems.join('\n')).toContain(expected);
  });
});
