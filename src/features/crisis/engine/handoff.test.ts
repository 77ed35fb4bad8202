import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PfaScriptPack, ScriptStep } from '../../../content/schema';
import { installedScript } from './testScripts';
import { restoreRun } from './savedRun';
import {
  advance,
  canGoBack,
  currentStep,
  goBack,
  hasReachedLink,
  isAtEnd,
  startRun,
  stepNumber,
  summariseRun,
  switchScript,
  toSavedRun,
  type ScriptRun,
} from './scriptEngine';

const scriptsDir = join(import.meta.dirname, '../../../../content/scripts');
const contentScripts = readdirSync(scriptsDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => installedScript(JSON.parse(readFileSync(join(scriptsDir, file), 'utf8'))));
const scriptById = (id: string, scripts: readonly PfaScriptPack[]) => scripts.find((script) => script.id === id) as PfaScriptPack;

/**
 * Walks every branch from a script's start, following handoffs into other scripts, and reports
 * every place a walk stops that is not an end. A step already on the walk's own path is not
 * entered again (that is a loop the Companion can leave by another option).
 */
function strandedWalks(start: PfaScriptPack, scripts: readonly PfaScriptPack[]): { ends: number; stranded: string[] } {
  let ends = 0;
  const stranded: string[] = [];
  const walk = (run: ScriptRun, seen: Set<string>): void => {
    const script = scriptById(run.scriptId, scripts);
    const step = currentStep(script, run);
    if (step.type === 'end') {
      ends += 1;
      return;
    }
    const moves = step.type === 'choose' ? step.options.map((option) => option.id) : [undefined];
    let wentOn = false;
    for (const move of moves) {
      const next = advance(script, run, move, scripts);
      const key = `${next.scriptId}/${next.current}`;
      if (seen.has(key)) continue;
      wentOn = true;
      walk(next, new Set([...seen, key]));
    }
    if (!wentOn) stranded.push(`${script.id}/${step.id}`);
  };
  const first = startRun(start, 0);
  walk(first, new Set([`${first.scriptId}/${first.current}`]));
  return { ends, stranded };
}

describe('every script in every language, handoffs included', () => {
  it.each(contentScripts.map((script) => [script.id, script] as const))('%s: every path ends', (_id, script) => {
    const sameLanguage = contentScripts.filter((candidate) => candidate.locale === script.locale);
    const { ends, stranded } = strandedWalks(script, sameLanguage);
    expect(stranded).toEqual([]);
    expect(ends).toBeGreaterThan(1);
  });
});

// Two small scripts: general distress asks about suicide and can hand off to the suicide script's questions.
const step = (id: string, next: string): ScriptStep => ({ id, type: 'say', phase: 'listen', text: `Step ${id}`, next });
const distress: PfaScriptPack = {
  schemaVersion: 1,
  id: 'distress-en',
  kind: 'pfa-script',
  locale: 'en',
  title: 'Distress',
  summary: 'Distress.',
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
        { id: 'no', label: 'No', next: 'ask-suicide' },
      ],
    },
    { id: 'numbers', type: 'link', phase: 'link', text: 'Call now.', needs: ['emergency'], next: 'ask-suicide' },
    {
      id: 'ask-suicide',
      type: 'choose',
      phase: 'listen',
      text: 'Are you thinking about suicide?',
      options: [
        { id: 'yes', label: 'Yes', handoff: { crisisType: 'suicide', step: 'plan' } },
        { id: 'no', label: 'No', next: 'done' },
      ],
    },
    { id: 'done', type: 'end', phase: 'close', text: 'Thank you.' },
  ],
};
const suicide: PfaScriptPack = {
  ...distress,
  id: 'suicide-en',
  title: 'Suicide',
  crisisType: 'suicide',
  start: 'open',
  steps: [
    step('open', 'plan'),
    step('plan', 'line'),
    { id: 'line', type: 'link', phase: 'link', text: 'A crisis line.', needs: ['crisis-line'], next: 'done' },
    { id: 'done', type: 'end', phase: 'close', text: 'Who will you talk to next, and when?' },
  ],
};
const installed = [distress, suicide];

describe('a handoff', () => {
  const handedOff = () => advance(distress, advance(distress, startRun(distress, 1_000), 'no'), 'yes', installed);

  it('moves the run to the target script at its step, keeping the history and the clock', () => {
    const run = handedOff();
    expect(run.scriptId).toBe('suicide-en');
    expect(run.current).toBe('plan');
    expect(run.startedAt).toBe(1_000);
    expect(stepNumber(run)).toBe(3);
    const done = advance(suicide, advance(suicide, run));
    expect(isAtEnd(suicide, done)).toBe(true);
    expect(hasReachedLink(suicide, done, installed)).toBe(true);
    expect(summariseRun(suicide, done, installed).stepsDone.map((shown) => shown.id)).toEqual(['safety', 'ask-suicide', 'plan', 'line']);
    expect(summariseRun(suicide, done, installed).referralNeeds).toEqual(['crisis-line']);
  });

  it('goes back to the step it left from, with the choice there forgotten', () => {
    const run = handedOff();
    expect(canGoBack(run)).toBe(true);
    const back = goBack(run);
    expect(back).toEqual({
      scriptId: 'distress-en',
      trail: [{ stepId: 'safety', choice: 'no' }],
      current: 'ask-suicide',
      startedAt: 1_000,
    });
    expect(advance(distress, back, 'no').current).toBe('done');
  });

  it('survives a reload: the saved state holds ids only and restores the same run', () => {
    const run = advance(suicide, handedOff());
    const saved = JSON.parse(JSON.stringify(toSavedRun(run))) as unknown;
    expect(JSON.stringify(saved)).not.toContain('Are you thinking');
    expect(restoreRun(suicide, saved, installed)).toEqual(run);
    // Without the script it came from, or when that script changed, the run is not brought back.
    expect(restoreRun(suicide, saved, [suicide])).toBeUndefined();
    const changed = { ...distress, steps: distress.steps.filter((shown) => shown.id !== 'numbers') };
    const savedViaDanger = toSavedRun(
      advance(distress, advance(distress, advance(distress, startRun(distress, 5), 'yes')), 'yes', installed),
    );
    expect(restoreRun(suicide, savedViaDanger, [changed, suicide])).toBeUndefined();
    expect(restoreRun(suicide, savedViaDanger, installed)?.current).toBe('plan');
  });

  it('goes to the start of the target when it names no step', () => {
    const toStart: PfaScriptPack = {
      ...distress,
      steps: distress.steps.map((shown) =>
        shown.type === 'choose' && shown.id === 'ask-suicide'
          ? {
              ...shown,
              options: [
                { id: 'yes', label: 'Yes', handoff: { crisisType: 'suicide' } },
                { id: 'no', label: 'No', next: 'done' },
              ],
            }
          : shown,
      ),
    };
    expect(advance(toStart, advance(toStart, startRun(toStart, 0), 'no'), 'yes', [toStart, suicide]).current).toBe('open');
  });

  it('is refused when its script is not on the phone', () => {
    expect(() => advance(distress, advance(distress, startRun(distress, 0), 'no'), 'yes', [distress])).toThrow('has no script here');
  });
});

describe('changing situation mid-run', () => {
  it('starts the other script, keeping the history, the clock and what resuming needs', () => {
    const before = advance(distress, startRun(distress, 2_000), 'yes');
    const run = switchScript(before, suicide);
    expect(run).toMatchObject({ scriptId: 'suicide-en', current: 'open', startedAt: 2_000 });
    expect(summariseRun(suicide, run, installed).stepsDone.map((shown) => shown.id)).toEqual(['safety', 'numbers', 'open']);
    expect(restoreRun(suicide, JSON.parse(JSON.stringify(toSavedRun(run))), installed)).toEqual(run);
    expect(goBack(run)).toEqual(before);
  });
});
