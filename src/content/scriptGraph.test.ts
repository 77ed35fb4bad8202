import { describe, expect, it } from 'vitest';
import type { ScriptStep } from './schema';
import { checkScriptGraph } from './scriptGraph';

const say = (id: string, next: string): ScriptStep => ({ id, type: 'say', phase: 'listen', text: 'Hello', next });
const end = (id: string): ScriptStep => ({ id, type: 'end', phase: 'close', text: 'Thank you' });
const choose = (id: string, ...targets: string[]): ScriptStep => ({
  id,
  type: 'choose',
  phase: 'look',
  text: 'Is anyone in danger?',
  options: targets.map((next, index) => ({ id: `o${index}`, label: `Option ${index}`, next })),
});

describe('checkScriptGraph', () => {
  it('accepts a branching script where every path ends', () => {
    expect(checkScriptGraph({ start: 'a', steps: [choose('a', 'b', 'c'), say('b', 'c'), end('c')] })).toEqual([]);
  });

  it('accepts a loop that has a way out', () => {
    expect(checkScriptGraph({ start: 'a', steps: [choose('a', 'b', 'z'), say('b', 'a'), end('z')] })).toEqual([]);
  });

  it('reports a dangling target', () => {
    expect(checkScriptGraph({ start: 'a', steps: [say('a', 'ghost'), end('z')] })).toContainEqual({
      stepId: 'a',
      message: 'points to missing step "ghost"',
    });
  });

  it('reports a missing start', () => {
    expect(checkScriptGraph({ start: 'nope', steps: [say('a', 'z'), end('z')] })).toContainEqual({
      stepId: 'nope',
      message: 'start step "nope" does not exist',
    });
  });

  it('reports an orphan step', () => {
    expect(checkScriptGraph({ start: 'a', steps: [say('a', 'z'), say('orphan', 'z'), end('z')] })).toContainEqual({
      stepId: 'orphan',
      message: 'cannot be reached from the start',
    });
  });

  it('reports a script with no end', () => {
    expect(checkScriptGraph({ start: 'a', steps: [say('a', 'b'), say('b', 'a')] })).toContainEqual({
      stepId: 'a',
      message: 'the script has no end step',
    });
  });

  it('reports a loop with no way out even when another branch ends', () => {
    const problems = checkScriptGraph({ start: 'a', steps: [choose('a', 'b', 'z'), say('b', 'c'), say('c', 'b'), end('z')] });
    expect(problems).toContainEqual({ stepId: 'b', message: 'can never reach an end step (it loops forever)' });
    expect(problems).toContainEqual({ stepId: 'c', message: 'can never reach an end step (it loops forever)' });
    expect(problems.some((problem) => problem.stepId === 'a')).toBe(false);
  });

  it('reports duplicate step ids', () => {
    expect(checkScriptGraph({ start: 'a', steps: [say('a', 'z'), say('a', 'z'), end('z')] })).toContainEqual({
      stepId: 'a',
      message: 'duplicate step id "a"',
    });
  });
});
