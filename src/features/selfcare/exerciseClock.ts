import type { ExercisePack } from '../../content/schema';

/*
 * Where an exercise stands after a number of seconds: which round, which step, and how long that
 * step still lasts. Pure, so the pacing can be tested without waiting for real seconds.
 */
export type ExercisePosition = { isFinished: false; round: number; stepIndex: number; secondsLeft: number } | { isFinished: true };

export function exerciseLength(exercise: Pick<ExercisePack, 'steps' | 'rounds'>): number {
  return exercise.rounds * exercise.steps.reduce((total, step) => total + step.seconds, 0);
}

export function positionAt(exercise: Pick<ExercisePack, 'steps' | 'rounds'>, elapsedSeconds: number): ExercisePosition {
  const roundLength = exercise.steps.reduce((total, step) => total + step.seconds, 0);
  if (roundLength <= 0 || elapsedSeconds >= exerciseLength(exercise)) return { isFinished: true };
  const elapsed = Math.max(0, Math.floor(elapsedSeconds));
  const round = Math.floor(elapsed / roundLength);
  let intoRound = elapsed - round * roundLength;
  for (const [stepIndex, step] of exercise.steps.entries()) {
    if (intoRound < step.seconds) return { isFinished: false, round: round + 1, stepIndex, secondsLeft: step.seconds - intoRound };
    intoRound -= step.seconds;
  }
  return { isFinished: true };
}
