import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChoiceOption, DirectoryPack, ExercisePack, PfaScriptPack, ScriptStep } from '../../content/schema';
import { ReferralList } from '../directory';
import { ExercisePlayer } from '../selfcare';
import { ReadAloudButton } from '../../ui/ReadAloudButton';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { CrisisClock } from './CrisisClock';
import { stepPosition } from './engine/pathLength';
import { canGoBack, canTakeOption, currentStep, hasReachedLink, type ScriptRun } from './engine/scriptEngine';
import { StopConfirmation } from './StopConfirmation';

type StepViewProps = {
  script: PfaScriptPack;
  run: ScriptRun;
  /** Every script in this language: a handoff goes to one of them, and the recap counts steps done in them. */
  scripts?: readonly PfaScriptPack[];
  country: string | undefined;
  directories: readonly DirectoryPack[];
  exercises: readonly ExercisePack[];
  onAdvance: (choice?: string) => void;
  onBack: () => void;
  onStop: () => void;
  onFinish: () => void;
  onChangeCountry: () => void;
  /** Offered when another situation can be picked mid-run (the run keeps its history and clock). */
  onChangeSituation?: (() => void) | undefined;
};

/** What is read aloud: the step, then the options or items, so a choice can be heard in full. */
function spokenText(step: ScriptStep): string {
  if (step.type === 'choose') return [step.text, ...step.options.map((option) => option.label)].join('\n');
  if (step.type === 'checklist') return [step.text, ...step.items].join('\n');
  return step.text;
}

/**
 * One step per screen. The words sit at the top in large type; the decision sits at the bottom,
 * within a thumb's reach, and stays there (sticky) whatever the length of the step.
 */
export function StepView(props: StepViewProps) {
  const {
    script,
    run,
    scripts = [script],
    country,
    directories,
    exercises,
    onAdvance,
    onBack,
    onStop,
    onFinish,
    onChangeCountry,
    onChangeSituation,
  } = props;
  const { t } = useTranslation('crisis');
  const step = currentStep(script, run);
  const stepRegion = useRef<HTMLDivElement>(null);
  const isFirstRender = useRef(true);
  const stepId = step.id;
  // One stray tap on Stop must not lose the Companion's place: Stop asks first.
  const [isConfirmingStop, setIsConfirmingStop] = useState(false);
  const stopButton = useRef<HTMLButtonElement>(null);
  const shouldFocusStop = useRef(false);
  useEffect(() => {
    if (isConfirmingStop || !shouldFocusStop.current) return;
    shouldFocusStop.current = false;
    stopButton.current?.focus();
  }, [isConfirmingStop]);

  // A new step is a new screen: it starts at the top, and a screen reader's focus moves to its words.
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    document.documentElement.scrollTop = 0;
    stepRegion.current?.focus({ preventScroll: true });
  }, [stepId]);

  return (
    <div className="crisis-run">
      <div className="crisis-run-top">
        <ScreenHeading>{script.title}</ScreenHeading>
        <CrisisClock startedAt={run.startedAt} hasReachedLink={hasReachedLink(script, run, scripts)} />
      </div>

      <div className="crisis-step" ref={stepRegion} tabIndex={-1} aria-labelledby="crisis-step-text">
        <p className="crisis-phase">{t('stepOf', { phase: t(`phases.${step.phase}`), ...stepPosition(script, run) })}</p>
        <p id="crisis-step-text" className="crisis-text" lang={script.locale}>
          {step.text}
        </p>
        {step.type !== 'link' && step.note && <Note text={step.note} locale={script.locale} />}
        <StepBody
          key={step.id}
          step={step}
          isPoliceFree={script.crisisType === 'police-violence'}
          {...{ country, directories, exercises, onChangeCountry }}
        />
        {step.type === 'link' && step.note && <Note text={step.note} locale={script.locale} />}
        {/* Under the words, not in the bar: the bar keeps to the answer, Back, Read aloud and Stop, so it fits a small phone. */}
        {onChangeSituation && (
          <p className="crisis-change-situation">
            <button type="button" className="link-button" onClick={onChangeSituation}>
              {t('actions.changeSituation')}
            </button>
          </p>
        )}
      </div>

      {/* A Link step is a list of services to call: the bar stays below it instead of floating over its call buttons. */}
      <div className={step.type === 'link' ? 'crisis-actions crisis-actions-after-list' : 'crisis-actions'}>
        {isConfirmingStop ? (
          <StopConfirmation
            onKeepGoing={() => {
              shouldFocusStop.current = true;
              setIsConfirmingStop(false);
            }}
            onStop={onStop}
          />
        ) : (
          <>
            <MainAction
              step={step}
              locale={script.locale}
              isOpen={(option) => canTakeOption(script, option, scripts)}
              onAdvance={onAdvance}
              onFinish={onFinish}
            />
            <div className="crisis-secondary">
              {canGoBack(run) && (
                <button type="button" className="button button-secondary" onClick={onBack}>
                  {t('actions.back')}
                </button>
              )}
              <ReadAloudButton key={step.id} text={spokenText(step)} locale={script.locale} noticeClassName="notice crisis-voice-help" />
              <button type="button" className="button button-secondary" ref={stopButton} onClick={() => setIsConfirmingStop(true)}>
                {t('actions.stop')}
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

/** The decision at the bottom of the step: an answer to pick, Next, or Finish. */
function MainAction({
  step,
  locale,
  isOpen,
  onAdvance,
  onFinish,
}: {
  step: ScriptStep;
  locale: string;
  /** False for a handoff whose script is not on this phone: that option is not offered. */
  isOpen: (option: ChoiceOption) => boolean;
  onAdvance: (choice?: string) => void;
  onFinish: () => void;
}) {
  const { t } = useTranslation('crisis');
  if (step.type === 'choose') {
    return (
      <div className="crisis-choices" role="group" aria-labelledby="crisis-step-text">
        {step.options.filter(isOpen).map((option) => (
          <button key={option.id} type="button" className="button crisis-main" onClick={() => onAdvance(option.id)} lang={locale}>
            {option.label}
          </button>
        ))}
      </div>
    );
  }
  return step.type === 'end' ? (
    <button type="button" className="button crisis-main" onClick={onFinish}>
      {t('actions.finish')}
    </button>
  ) : (
    <button type="button" className="button crisis-main" onClick={() => onAdvance()}>
      {t('actions.next')}
    </button>
  );
}

function Note({ text, locale }: { text: string; locale: string }) {
  const { t } = useTranslation('crisis');
  return (
    <p className="crisis-note" lang={locale}>
      <span className="crisis-note-label">{t('noteLabel')} </span>
      {text}
    </p>
  );
}

function StepBody({
  step,
  isPoliceFree,
  country,
  directories,
  exercises,
  onChangeCountry,
}: {
  step: ScriptStep;
  /** The police-violence script: the list never offers the police (content guide). */
  isPoliceFree: boolean;
  country: string | undefined;
  directories: readonly DirectoryPack[];
  exercises: readonly ExercisePack[];
  onChangeCountry: () => void;
}) {
  const { t } = useTranslation('crisis');
  switch (step.type) {
    case 'checklist':
      return <Checklist items={step.items} />;
    case 'timer': {
      const exercise = exercises.find((candidate) => candidate.id === step.exercise);
      return exercise ? <ExercisePlayer exercise={exercise} /> : <Countdown seconds={step.seconds} />;
    }
    case 'link':
      return country ? (
        <>
          <ReferralList country={country} needs={step.needs} isPoliceFree={isPoliceFree} />
          <p>
            <button type="button" className="link-button" onClick={onChangeCountry}>
              {t('picker.changeCountry')}
            </button>
          </p>
        </>
      ) : (
        <>
          <p className="emergency-note">{t('referrals.noCountry')}</p>
          {directories.length > 0 && (
            <button type="button" className="button button-secondary" onClick={onChangeCountry}>
              {t('country.choose')}
            </button>
          )}
        </>
      );
    default:
      return null;
  }
}

/** Ticks are kept on screen only; nothing on a checklist is stored. */
function Checklist({ items }: { items: readonly string[] }) {
  const [checked, setChecked] = useState<ReadonlySet<number>>(new Set());
  return (
    <ul className="crisis-checklist">
      {items.map((item, index) => (
        <li key={item}>
          <label className="choice">
            <input
              type="checkbox"
              checked={checked.has(index)}
              onChange={() =>
                setChecked((previous) => {
                  const next = new Set(previous);
                  if (next.has(index)) next.delete(index);
                  else next.add(index);
                  return next;
                })
              }
            />
            <span>{item}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}

/** A timer without an exercise: counts down, and never stops the Companion from going on. */
function Countdown({ seconds }: { seconds: number }) {
  const { t } = useTranslation('crisis');
  const [left, setLeft] = useState(seconds);
  const [isRunning, setIsRunning] = useState(false);
  useEffect(() => {
    if (!isRunning) return undefined;
    const timer = window.setInterval(() => setLeft((value) => Math.max(0, value - 1)), 1_000);
    return () => window.clearInterval(timer);
  }, [isRunning]);
  const minutes = Math.floor(left / 60);
  const rest = String(left % 60).padStart(2, '0');
  return (
    <div className="crisis-countdown">
      <p className="crisis-countdown-time" role="timer" aria-live="off">
        {`${minutes}:${rest}`}
      </p>
      {left > 0 ? (
        <button type="button" className="button button-secondary" onClick={() => setIsRunning((running) => !running)}>
          {isRunning ? t('timer.pause') : t('timer.start')}
        </button>
      ) : (
        <p role="status">{t('timer.done')}</p>
      )}
    </div>
  );
}
