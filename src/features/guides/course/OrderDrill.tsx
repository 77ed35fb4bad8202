import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PracticeDrill } from '../../../content/schema';
import { stableShuffle } from './shuffle';
import { DrillFrame, TryAgainButton } from '../DrillFrame';

type Order = Extract<PracticeDrill, { kind: 'order' }>;
type Step = Order['steps'][number];

/**
 * Put the steps in order. Steps move with Up and Down buttons (a keyboard, a switch or a screen
 * reader can do it; there is no drag). Checking shows the right order with why each step stands
 * where it does, and which of hers were in place.
 */
export function OrderDrill({ drill, number, onAnswered }: { drill: Order; number: number; onAnswered: (drillId: string) => void }) {
  const { t } = useTranslation('guides');
  const start = useMemo(() => stableShuffle(drill.steps, drill.id), [drill]);
  const [steps, setSteps] = useState<Step[]>(start);
  const [announcement, setAnnouncement] = useState('');
  const [checked, setChecked] = useState<Step[]>();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const resultRef = useRef<HTMLParagraphElement>(null);
  const [focusKey, setFocusKey] = useState<string>();
  const total = steps.length;

  useEffect(() => {
    if (focusKey) buttons.current.get(focusKey)?.focus();
  }, [focusKey, steps]);
  useEffect(() => {
    if (checked) resultRef.current?.focus();
  }, [checked]);

  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    const step = steps[index];
    const other = steps[target];
    if (step === undefined || other === undefined) return;
    const next = [...steps];
    next[index] = other;
    next[target] = step;
    setSteps(next);
    setAnnouncement(t('course.order.moved', { step: step.text, position: target + 1, total }));
    // Focus follows the step; at either end the button in that direction is gone, so the other one takes it.
    const atEnd = target === 0 || target === total - 1;
    const direction = atEnd ? (target === 0 ? 'down' : 'up') : by === -1 ? 'up' : 'down';
    setFocusKey(`${step.id}-${direction}`);
  };

  const keepButton = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  };

  if (checked) {
    const inPlace = checked.filter((step, index) => drill.steps[index]?.id === step.id).length;
    return (
      <DrillFrame number={number} situation={drill.situation}>
        <p ref={resultRef} tabIndex={-1} className="course-result">
          {inPlace === total ? t('course.order.allRight') : t('course.order.someRight', { count: inPlace, total })}
        </p>
        <h4>{t('course.order.rightOrder')}</h4>
        <ol className="guide-feedback course-order-feedback">
          {drill.steps.map((step, index) => {
            const herPosition = checked.findIndex((candidate) => candidate.id === step.id) + 1;
            const isInPlace = herPosition === index + 1;
            return (
              <li key={step.id} className={isInPlace ? 'guide-feedback-item guide-feedback-best' : 'guide-feedback-item'}>
                <p className="guide-feedback-text">{step.text}</p>
                <p className="guide-feedback-verdict">
                  {isInPlace ? t('course.order.inPlace') : t('course.order.yourPosition', { position: herPosition })}
                </p>
                <p>{step.why}</p>
              </li>
            );
          })}
        </ol>
        <TryAgainButton
          onClick={() => {
            setChecked(undefined);
            setFocusKey(undefined);
            setSteps(start);
            setAnnouncement('');
          }}
        />
      </DrillFrame>
    );
  }

  return (
    <DrillFrame number={number} situation={drill.situation}>
      <p className="hint">{t('course.order.instructions')}</p>
      <ol className="course-order">
        {steps.map((step, index) => (
          <li key={step.id} className="course-order-step">
            <span className="course-order-text">{step.text}</span>
            <span className="course-order-buttons">
              <button
                ref={keepButton(`${step.id}-up`)}
                type="button"
                className="button button-secondary"
                aria-label={t('course.order.moveUp', { step: step.text })}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                {t('course.order.up')}
              </button>
              <button
                ref={keepButton(`${step.id}-down`)}
                type="button"
                className="button button-secondary"
                aria-label={t('course.order.moveDown', { step: step.text })}
                disabled={index === total - 1}
                onClick={() => move(index, 1)}
              >
                {t('course.order.down')}
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p role="status" className="visually-hidden-status">
        {announcement}
      </p>
      <button
        type="button"
        className="button"
        onClick={() => {
          setChecked(steps);
          onAnswered(drill.id);
        }}
      >
        {t('course.order.check')}
      </button>
    </DrillFrame>
  );
}
