import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PracticeDrill } from '../../../content/schema';
import { DrillError, DrillFrame, TryAgainButton } from '../DrillFrame';

type Spot = Extract<PracticeDrill, { kind: 'spot' }>;

/**
 * Spot what went wrong: she ticks the line or lines she thinks were the mistake, then sees every
 * line marked, with why it helps or hurts. Only the fact it was answered is kept.
 */
export function SpotDrill({ drill, number, onAnswered }: { drill: Spot; number: number; onAnswered: (drillId: string) => void }) {
  const { t } = useTranslation('guides');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [isRevealed, setIsRevealed] = useState(false);
  const [isMissing, setIsMissing] = useState(false);
  const errorId = useId();
  const resultRef = useRef<HTMLParagraphElement>(null);
  const speaker = (line: Spot['lines'][number]) => t('course.example.speaker', { speaker: t(`course.example.speakers.${line.speaker}`) });
  // The verdict replaces the form: focus goes to it so the keyboard is not lost.
  useEffect(() => {
    if (isRevealed) resultRef.current?.focus();
  }, [isRevealed]);
  const isAllFound = drill.lines.every((line) => line.isMistake === picked.has(line.id));

  return (
    <DrillFrame number={number} situation={drill.situation}>
      {!isRevealed ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (picked.size === 0) {
              setIsMissing(true);
              return;
            }
            setIsRevealed(true);
            onAnswered(drill.id);
          }}
        >
          <fieldset className="choice-group" aria-describedby={isMissing ? errorId : undefined}>
            <legend>{t('course.spot.choose')}</legend>
            {drill.lines.map((line) => (
              <label key={line.id} className="choice guide-choice">
                <input
                  type="checkbox"
                  checked={picked.has(line.id)}
                  onChange={(event) => {
                    const next = new Set(picked);
                    if (event.target.checked) next.add(line.id);
                    else next.delete(line.id);
                    setPicked(next);
                    setIsMissing(false);
                  }}
                />
                <span>
                  <span className="course-speaker">{speaker(line)}</span> {line.text}
                </span>
              </label>
            ))}
          </fieldset>
          {isMissing && <DrillError id={errorId}>{t('course.spot.chooseFirst')}</DrillError>}
          <button type="submit" className="button">
            {t('drill.check')}
          </button>
        </form>
      ) : (
        <>
          <p ref={resultRef} tabIndex={-1} className="course-result">
            {isAllFound ? t('course.spot.allFound') : t('course.spot.notAll')}
          </p>
          <ul className="guide-feedback">
            {drill.lines.map((line) => (
              <li key={line.id} className={line.isMistake ? 'guide-feedback-item course-feedback-wrong' : 'guide-feedback-item'}>
                <p className="guide-feedback-option">
                  <span className="guide-feedback-verdict">{line.isMistake ? t('course.spot.wrong') : t('course.spot.fine')}</span>
                  {picked.has(line.id) && <span className="notice guide-feedback-yours">{t('course.spot.yourPick')}</span>}
                </p>
                <p className="guide-feedback-text">
                  <span className="course-speaker">{speaker(line)}</span> {line.text}
                </p>
                <p>{line.feedback}</p>
              </li>
            ))}
          </ul>
          <TryAgainButton
            onClick={() => {
              setIsRevealed(false);
              setPicked(new Set());
            }}
          />
        </>
      )}
    </DrillFrame>
  );
}
