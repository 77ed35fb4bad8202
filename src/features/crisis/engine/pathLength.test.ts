import { describe, expect, it } from 'vitest';
import type { PfaScriptPack } from '../../../content/schema';
import { longestPathFrom, stepPosition } from './pathLength';
import { advance, startRun } from './scriptEngine';

const script: PfaScriptPack = {
  schemaVersion: 1,
  id: 'test',
  title: 'Test',
  kind: 'pfa-script',
  locale: 'en',
  summary: 'A safety check with a short danger branch and a longer main path that can loop back.',
  crisisType: 'panic',
  start: 'safe',
  steps: [
    {
      id: 'safe',
      phase: 'look',
      type: 'choose',
      text: 'Safe?',
      options: [
        { id: 'yes', label: 'Danger', next: 'call' },
        { id: 'no', label: 'Safe', next: 'listen' },
      ],
    },
    { id: 'call', phase: 'link', type: 'link', text: 'Call', needs: ['emergency'], next: 'end' },
    { id: 'listen', phase: 'listen', type: 'say', text: 'Listen', next: 'again' },
    {
      id: 'again',
      phase: 'listen',
      type: 'choose',
      text: 'Again?',
      options: [
        { id: 'loop', label: 'Again', next: 'listen' },
        { id: 'on', label: 'On', next: 'link' },
      ],
    },
    { id: 'link', phase: 'link', type: 'link', text: 'Services', needs: ['crisis-line'], next: 'end' },
    { id: 'end', phase: 'close', type: 'end', text: 'End' },
  ],
};

describe('step 3 of 12', () => {
  it('counts the longest way to an end, a loop back ending its branch', () => {
    expect(longestPathFrom(script, 'safe')).toBe(5);
    expect(longestPathFrom(script, 'call')).toBe(2);
  });

  it('counts the steps taken, and the total only comes down as the path is chosen', () => {
    const start = startRun(script, 0);
    expect(stepPosition(script, start)).toEqual({ number: 1, total: 5 });
    const danger = advance(script, start, 'yes');
    expect(stepPosition(script, danger)).toEqual({ number: 2, total: 3 });
    const main = advance(script, advance(script, start, 'no'));
    expect(stepPosition(script, main)).toEqual({ number: 3, total: 5 });
  });
});
