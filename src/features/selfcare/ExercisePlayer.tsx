import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExercisePack } from '../../content/schema';
import { SpeechNotice } from '../../ui/ReadAloudButton';
import { speak, stopSpeaking, type SpeechOutcome } from '../../ui/speech';
import { positionAt } from './exerciseClock';
import './selfcare.css';
import { usePackInAddressForm } from '../../ui/packText';

const canVibrate = typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function';

/**
 * Runs a breathing, grounding or meditation exercise: the words of each step, a circle that grows
 * and shrinks with the breath (a still circle and a countdown when reduced motion is asked for),
 * and an optional short vibration at each change so the person can close their eyes.
 */
export function ExercisePlayer({ exercise: packExercise, headingLevel = 2 }: { exercise: ExercisePack; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('selfcare');
  const exercise = usePackInAddressForm(packExercise);
  const [elapsed, setElapsed] = useState(0);
  const [isRunning, setIsRunning] = useState(false);
  const [shouldVibrate, setShouldVibrate] = useState(false);
  const [shouldSpeak, setShouldSpeak] = useState(false);
  const [speechProblem, setSpeechProblem] = useState<SpeechOutcome>();
  const position = positionAt(exercise, elapsed);
  const stepKey = position.isFinished ? 'done' : `${position.round}-${position.stepIndex}`;
  const lastStepKey = useRef(stepKey);

  // The clock stops by itself at the end; "running" only means the person has not paused.
  const isTicking = isRunning && !position.isFinished;
  useEffect(() => {
    if (!isTicking) return undefined;
    const timer = window.setInterval(() => setElapsed((seconds) => seconds + 1), 1_000);
    return () => window.clearInterval(timer);
  }, [isTicking]);

  useEffect(() => {
    if (lastStepKey.current === stepKey) return;
    lastStepKey.current = stepKey;
    if (shouldVibrate && isTicking && canVibrate) navigator.vibrate(120);
  }, [stepKey, shouldVibrate, isTicking]);

  const step = position.isFinished ? undefined : exercise.steps[position.stepIndex];

  // Voice guidance: each step is spoken as it begins, in the exercise's language, so the person
  // can close their eyes. Pausing silences it; going on speaks the current step again.
  const spokenStepKey = useRef<string>(undefined);
  const stepText = step?.text;
  useEffect(() => {
    if (!shouldSpeak || !isTicking || stepText === undefined) {
      if (spokenStepKey.current !== undefined) stopSpeaking();
      spokenStepKey.current = undefined;
      return;
    }
    if (spokenStepKey.current === stepKey) return;
    spokenStepKey.current = stepKey;
    void speak(stepText, exercise.locale).then((outcome) => {
      if (outcome !== 'no-voice' && outcome !== 'unsupported') return;
      setSpeechProblem(outcome);
      setShouldSpeak(false);
    });
  }, [shouldSpeak, isTicking, stepKey, stepText, exercise.locale]);
  useEffect(
    () => () => {
      if (spokenStepKey.current !== undefined) stopSpeaking();
    },
    [],
  );
  const pace = step?.pace ?? 'steady';
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  return (
    <section className="exercise" aria-labelledby={`exercise-${exercise.id}`} lang={exercise.locale}>
      <Heading id={`exercise-${exercise.id}`} className="exercise-title">
        {exercise.title}
      </Heading>
      {elapsed === 0 && !isRunning && <p className="exercise-summary">{exercise.summary}</p>}

      {(isTicking || elapsed > 0) && !position.isFinished && step && (
        <div className="exercise-stage">
          {/* Restarted at each step by its key, so the circle's animation lasts exactly that step. */}
          <div
            key={stepKey}
            className={`pace-circle pace-${pace}`}
            style={{ animationDuration: `${step.seconds}s`, animationPlayState: isTicking ? 'running' : 'paused' }}
            aria-hidden="true"
          />
          <p className="exercise-step" aria-live="polite">
            {step.text}
          </p>
          <p className="exercise-count">
            {t('exercise.secondsLeft', { count: position.secondsLeft })}
            {exercise.rounds > 1 && ` · ${t('exercise.round', { round: position.round, rounds: exercise.rounds })}`}
          </p>
        </div>
      )}
      {position.isFinished && (
        <p className="exercise-step" role="status">
          {t('exercise.finished')}
        </p>
      )}

      <div className="exercise-controls">
        {!position.isFinished && (
          <button type="button" className="button" onClick={() => setIsRunning((running) => !running)}>
            {isRunning ? t('exercise.pause') : elapsed > 0 ? t('exercise.resume') : t('exercise.start')}
          </button>
        )}
        {elapsed > 0 && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setIsRunning(false);
              setElapsed(0);
            }}
          >
            {t('exercise.restart')}
          </button>
        )}
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={shouldSpeak}
          onChange={(event) => {
            setSpeechProblem(undefined);
            setShouldSpeak(event.target.checked);
          }}
        />
        <span>{t('exercise.speak')}</span>
      </label>
      <SpeechNotice outcome={speechProblem} locale={exercise.locale} className="notice exercise-voice-help" />
      {canVibrate && (
        <label className="choice">
          <input type="checkbox" checked={shouldVibrate} onChange={(event) => setShouldVibrate(event.target.checked)} />
          <span>{t('exercise.vibrate')}</span>
        </label>
      )}
    </section>
  );
}
