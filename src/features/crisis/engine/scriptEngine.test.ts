import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PfaScriptPack, ScriptStep } from '../../../content/schema';
import { validatePack } from '../../../content/verify';
import { crisisTypes } from '../../../content/vocabulary';
import { installedScript } from './testScripts';
import { restoreRun, SavedRunSchema } from './savedRun';
import {
  advance,
  canGoBack,
  currentStep,
  goBack,
  hasReachedLink,
  isAtEnd,
  ScriptRunError,
  startRun,
  summariseRun,
  toSavedRun,
  type ScriptRun,
} from './scriptEngine';

const scriptsDir = join(import.meta.dirname, '../../../../content/scripts');
const defaultScripts = readdirSync(scriptsDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ file, script: installedScript(JSON.parse(readFileSync(join(scriptsDir, file), 'utf8'))) }));

/** The answer to give at a step on the way to `target`: the option id for a choice, nothing otherwise. */
type Move = string | undefined;

/**
 * Every path from the start to an end inside the script, as the moves that walk it; loops are cut
 * at the second visit. Handoffs to other scripts are walked in handoff.test.ts.
 */
function allPaths(script: PfaScriptPack): Move[][] {
  const paths: Move[][] = [];
  const walk = (run: ScriptRun, moves: Move[], seen: Set<string>): void => {
    const step = currentStep(script, run);
    if (step.type === 'end') return void paths.push(moves);
    const options: Move[] =
      step.type === 'choose' ? step.options.filter((option) => option.next !== undefined).map((option) => option.id) : [undefined];
    for (const move of options) {
      const next = advance(script, run, move);
      if (seen.has(next.current)) continue;
      walk(next, [...moves, move], new Set([...seen, next.current]));
    }
  };
  const first = startRun(script, 0);
  walk(first, [], new Set([first.current]));
  return paths;
}

function play(script: PfaScriptPack, moves: readonly Move[]): ScriptRun {
  return moves.reduce<ScriptRun>((run, move) => advance(script, run, move), startRun(script, 1_000));
}

const sampleScript = {
  schemaVersion: 1,
  id: 'pfa-sample-en',
  kind: 'pfa-script',
  locale: 'en',
  title: 'Sample',
  summary: 'A tiny script for tests.',
  crisisType: 'general-distress',
  start: 'safety',
  steps: [
    {
      id: 'safety',
      type: 'choose',
      phase: 'look',
      text: 'Is anyone in danger?',
      options: [
        { id: 'yes', label: 'Yes', next: 'numbers' },
        { id: 'no', label: 'No', next: 'listen' },
      ],
    },
    { id: 'numbers', type: 'link', phase: 'look', text: 'Call now.', needs: ['emergency'], next: 'listen' },
    { id: 'listen', type: 'ask', phase: 'listen', text: 'What is going on?', next: 'done' },
    { id: 'done', type: 'end', phase: 'close', text: 'Thank you.' },
  ],
} as const;

function sample(): PfaScriptPack {
  return installedScript(sampleScript);
}

// The longer scripts have hundreds of paths to replay; a loaded machine needs more than 5 s.
describe('the default scripts', { timeout: 60_000 }, () => {
  it('are all here: every situation in three languages', () => {
    expect(defaultScripts).toHaveLength(crisisTypes.length * 3);
  });

  describe.each(defaultScripts)('$file', ({ script }) => {
    const paths = allPaths(script);

    it('reaches an end on every path', () => {
      expect(paths.length).toBeGreaterThan(1);
      for (const moves of paths) expect(isAtEnd(script, play(script, moves))).toBe(true);
    });

    it('starts with the safety check, and "yes" leads straight to emergency numbers', () => {
      const first = currentStep(script, startRun(script, 0));
      expect(first.type).toBe('choose');
      const afterYes = currentStep(script, advance(script, startRun(script, 0), 'yes'));
      expect(afterYes.type).toBe('link');
      expect(afterYes.type === 'link' && afterYes.needs[0]).toBe('emergency');
    });

    it('reaches a Link step before the end on every path', () => {
      for (const moves of paths) expect(hasReachedLink(script, play(script, moves)), moves.join(',')).toBe(true);
    });

    it('goes back one step at a time to the start, forgetting each choice', () => {
      const longest = paths.reduce((a, b) => (b.length > a.length ? b : a));
      let run = play(script, longest);
      const visitedBackwards: string[] = [run.current];
      while (canGoBack(run)) {
        run = goBack(run);
        visitedBackwards.push(run.current);
      }
      expect(run.current).toBe(script.start);
      expect(run.trail).toEqual([]);
      expect(visitedBackwards).toHaveLength(longest.length + 1);
      // and forward again along the same path lands on the same end
      expect(play(script, longest).current).toBe(visitedBackwards[0]);
    });

    it('resumes every path from its saved state, which holds only ids and choices', () => {
      for (const moves of paths) {
        for (let cut = 0; cut <= moves.length; cut += 1) {
          const run = play(script, moves.slice(0, cut));
          const saved = JSON.parse(JSON.stringify(toSavedRun(run))) as unknown;
          expect(SavedRunSchema.safeParse(saved).success).toBe(true);
          expect(restoreRun(script, saved)).toEqual(run);
          const stored = JSON.stringify(saved);
          for (const step of script.steps) expect(stored.includes(step.text), step.id).toBe(false);
        }
      }
    });
  });
});

describe('running a script', () => {
  it('follows the option picked at a choice, and the one next step elsewhere', () => {
    const script = sample();
    const run = advance(script, startRun(script, 5), 'yes');
    expect(run.current).toBe('numbers');
    expect(run.trail).toEqual([{ stepId: 'safety', choice: 'yes' }]);
    expect(advance(script, run).current).toBe('listen');
    expect(advance(script, startRun(script, 5), 'no').current).toBe('listen');
  });

  it('refuses an option that is not offered, a choice on a plain step, and moving past the end', () => {
    const script = sample();
    expect(() => advance(script, startRun(script, 0), 'maybe')).toThrow(ScriptRunError);
    expect(() => advance(script, startRun(script, 0))).toThrow(ScriptRunError);
    const atListen = advance(script, startRun(script, 0), 'no');
    expect(() => advance(script, atListen, 'no')).toThrow(ScriptRunError);
    const atEnd = advance(script, atListen);
    expect(isAtEnd(script, atEnd)).toBe(true);
    expect(() => advance(script, atEnd)).toThrow(ScriptRunError);
  });

  it('goes back from the start without moving', () => {
    const script = sample();
    const run = startRun(script, 0);
    expect(canGoBack(run)).toBe(false);
    expect(goBack(run)).toBe(run);
  });

  it('knows whether a Link step was reached', () => {
    const script = sample();
    expect(hasReachedLink(script, advance(script, startRun(script, 0), 'no'))).toBe(false);
    expect(hasReachedLink(script, advance(script, startRun(script, 0), 'yes'))).toBe(true);
  });

  it('summarises the steps done and the referrals shown, without the end step', () => {
    const script = sample();
    const run = play(script, ['yes', undefined, undefined]);
    const summary = summariseRun(script, run);
    expect(summary.stepsDone.map((step: ScriptStep) => step.id)).toEqual(['safety', 'numbers', 'listen']);
    expect(summary.referralNeeds).toEqual(['emergency']);
    expect(summariseRun(script, play(script, ['no', undefined])).referralNeeds).toEqual([]);
  });
});

describe('resuming', () => {
  it('refuses saved data that is not a run, belongs to another script, or no longer fits the script', () => {
    const script = sample();
    const good = toSavedRun(play(script, ['yes']));
    expect(restoreRun(script, good)?.current).toBe('numbers');
    expect(restoreRun(script, undefined)).toBeUndefined();
    expect(restoreRun(script, 'safety')).toBeUndefined();
    expect(restoreRun(script, { ...good, scriptId: 'pfa-other-en' })).toBeUndefined();
    expect(restoreRun(script, { ...good, current: 'listen' })).toBeUndefined();
    expect(restoreRun(script, { ...good, trail: [{ stepId: 'safety', choice: 'maybe' }] })).toBeUndefined();
    expect(restoreRun(script, { ...good, trail: [{ stepId: 'numbers' }] })).toBeUndefined();
  });

  it('refuses saved data carrying anything but ids and choices', () => {
    const script = sample();
    const good = toSavedRun(play(script, ['yes']));
    expect(restoreRun(script, { ...good, note: 'she said her client hit her' })).toBeUndefined();
    expect(restoreRun(script, { ...good, trail: [{ stepId: 'safety', choice: 'yes', answer: 'a name' }] })).toBeUndefined();
    expect(restoreRun(script, { ...good, current: 'Free text with spaces' })).toBeUndefined();
  });
});

describe('a malformed script', () => {
  const withSteps = (steps: unknown[], start = 'safety') => ({ ...sampleScript, start, steps });

  it.each([
    ['not an object', 'hello'],
    ['the wrong kind', { ...sampleScript, kind: 'guide' }],
    ['an unknown step type', withSteps([...sampleScript.steps, { id: 'x', type: 'dance', phase: 'look', text: 'x', next: 'done' }])],
    [
      'a step pointing nowhere',
      withSteps([{ ...sampleScript.steps[2], next: 'nowhere' }, ...sampleScript.steps.filter((step) => step.id !== 'listen')]),
    ],
    ['a missing start', withSteps([...sampleScript.steps], 'missing')],
    ['no end step', withSteps([sampleScript.steps[0], sampleScript.steps[1], { ...sampleScript.steps[2], next: 'safety' }])],
    [
      'a step that cannot be reached',
      withSteps([...sampleScript.steps, { id: 'orphan', type: 'say', phase: 'listen', text: 'x', next: 'done' }]),
    ],
    [
      'a choice with one option',
      withSteps([{ ...sampleScript.steps[0], options: [sampleScript.steps[0].options[0]] }, ...sampleScript.steps.slice(1)]),
    ],
    [
      'a raw HTML payload',
      withSteps([
        { ...sampleScript.steps[2], text: '<img src=x onerror=alert(1)>' },
        ...sampleScript.steps.filter((step) => step.id !== 'listen'),
      ]),
    ],
  ])('is refused at install, so it never runs: %s', (_label, input) => {
    const checked = validatePack(input);
    const isInstallableScript = checked.ok && checked.pack.kind === 'pfa-script';
    expect(isInstallableScript).toBe(false);
    if (!checked.ok) expect(checked.problems.length).toBeGreaterThan(0);
  });

  it('the well-formed sample itself is accepted', () => {
    expect(validatePack(sampleScript).ok).toBe(true);
  });
});
