import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuidePack } from '../../content/schema';
import { DrillError, DrillFrame, TryAgainButton } from './DrillFrame';

type DrillContent = NonNullable<GuidePack['drills']>[number];

/**
 * A practice situation: the person picks a response, then sees why every response helps or
 * hurts, with the best one marked. Nothing is graded or stored but the fact it was answered.
 */
export function Drill({ drill, number, onAnswered }: { drill: DrillContent; number: number; onAnswered: (drillId: string) => void }) {
  const { t } = useTranslation('guides');
  const [chosen, setChosen] = useState<string>();
  const [isRevealed, setIsRevealed] = useState(false);
  const [isMissingChoice, setIsMissingChoice] = useState(false);
  const errorId = useId();

  return (
    <DrillFrame number={number} situation={drill.situation}>
      {!isRevealed ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!chosen) {
              setIsMissingChoice(true);
              return;
            }
            setIsRevealed(true);
            onAnswered(drill.id);
          }}
        >
          <fieldset className="choice-group" aria-describedby={isMissingChoice ? errorId : undefined}>
            <legend>{t('drill.choose')}</legend>
            {drill.options.map((option) => (
              <label key={option.id} className="choice guide-choice">
                <input
                  type="radio"
                  name={`drill-${drill.id}`}
                  value={option.id}
                  checked={chosen === option.id}
                  onChange={() => {
                    setChosen(option.id);
                    setIsMissingChoice(false);
                  }}
                />
                <span>{option.text}</span>
              </label>
            ))}
          </fieldset>
          {isMissingChoice && <DrillError id={errorId}>{t('drill.chooseFirst')}</DrillError>}
          <button type="submit" className="button">
            {t('drill.check')}
          </button>
        </form>
      ) : (
        <>
          <ul className="guide-feedback" aria-live="polite">
            {drill.options.map((option) => (
              <li key={option.id} className={option.isBest ? 'guide-feedback-item guide-feedback-best' : 'guide-feedback-item'}>
                <p className="guide-feedback-option">
                  <span className="guide-feedback-verdict">{option.isBest ? t('drill.best') : t('drill.other')}</span>
                  {option.id === chosen && <span className="notice guide-feedback-yours">{t('drill.yourChoice')}</span>}
                </p>
                <p className="guide-feedback-text">{option.text}</p>
                <p>{option.feedback}</p>
              </li>
            ))}
          </ul>
          <TryAgainButton
            onClick={() => {
              setIsRevealed(false);
              setChosen(undefined);
            }}
          />
        </>
      )}
    </DrillFrame>
  );
}
