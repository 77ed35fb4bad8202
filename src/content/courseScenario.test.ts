import { describe, expect, it } from 'vitest';
import { scenarioProblems } from './courseScenario';

const choice = (id: string, next: string) => ({ id, text: id, isGood: true, feedback: `feedback ${id}`, next });
const node = (id: string, ...choices: ReturnType<typeof choice>[]) => ({ id, text: id, choices });

describe('scenarioProblems', () => {
  it('accepts a scenario whose every path ends, loops back included', () => {
    const nodes = [node('a', choice('good', 'b'), choice('retry', 'a')), node('b', choice('on', 'end')), node('end')];
    expect(scenarioProblems({ start: 'a', nodes })).toEqual([]);
  });

  it('names a choice that leads nowhere, a missing start and a scenario with no end', () => {
    expect(scenarioProblems({ start: 'x', nodes: [node('a', choice('c', 'ghost'))] })).toEqual([
      'start: node "x" does not exist',
      'node "a", choice "c": leads to missing node "ghost"',
      'the scenario has no end (a node with no choices)',
    ]);
  });

  it('finds an unreachable node and a loop with no way out', () => {
    const nodes = [
      node('a', choice('in', 'loop'), choice('out', 'end')),
      node('loop', choice('again', 'loop')),
      node('end'),
      node('orphan', choice('x', 'end')),
    ];
    expect(scenarioProblems({ start: 'a', nodes })).toEqual([
      'node "orphan" cannot be reached from the start',
      'node "loop" never reaches an end',
    ]);
  });
});
