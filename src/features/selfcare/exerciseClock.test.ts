import { describe, expect, it } from 'vitest';
import { exerciseLength, positionAt } from './exerciseClock';

const breathing = {
  rounds: 2,
  steps: [
    { id: 'in', text: 'In', seconds: 4, pace: 'in' as const },
    { id: 'hold', text: 'Hold', seconds: 2, pace: 'hold' as const },
    { id: 'out', text: 'Out', seconds: 6, pace: 'out' as const },
  ],
};

describe('exercise pacing', () => {
  it('lasts every step of every round', () => {
    expect(exerciseLength(breathing)).toBe(24);
  });

  it('finds the step and the seconds left in it', () => {
    expect(positionAt(breathing, 0)).toEqual({ isFinished: false, round: 1, stepIndex: 0, secondsLeft: 4 });
    expect(positionAt(breathing, 3)).toEqual({ isFinished: false, round: 1, stepIndex: 0, secondsLeft: 1 });
    expect(positionAt(breathing, 4)).toEqual({ isFinished: false, round: 1, stepIndex: 1, secondsLeft: 2 });
    expect(positionAt(breathing, 11)).toEqual({ isFinished: false, round: 1, stepIndex: 2, secondsLeft: 1 });
    expect(positionAt(breathing, 12)).toEqual({ isFinished: false, round: 2, stepIndex: 0, secondsLeft: 4 });
  });

  it('finishes after the last step of the last round', () => {
    expect(positionAt(breathing, 23)).toMatchObject({ isFinished: false, round: 2, stepIndex: 2 });
    expect(positionAt(breathing, 24)).toEqual({ isFinished: true });
    expect(positionAt(breathing, 1_000)).toEqual({ isFinished: true });
  });
});
