import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PracticeDrill } from '../../../content/schema';
import { DrillError, DrillFrame } from '../DrillFrame';

type Rewrite = Extract<PracticeDrill, { kind: 'rewrite' }>;

/**
 * Rewrite a closed question as an open one. What she types stays in this screen's memory only:
 * never stored, gone when she leaves. Comparing shows what a good rewrite does and model answers.
 */
export function RewriteDrill({ drill, number, onAnswered }: { drill: Rewrite; number: number; onAnswered: (drillId: string) => void }) {
  const { t } = useTranslation('guides');
  const [text, setText] = useState('');
  const [isRevealed, setIsRevealed] = useState(false);
  const [isMissing, setIsMissing] = useState(false);
  const fieldId = useId();
  const hintId = useId();
  const errorId = useId();
  const checksRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (isRevealed) checksRef.current?.focus();
  }, [isRevealed]);

  return (
    <DrillFrame number={number} situation={drill.situation}>
      <p className="course-original-label">{t('course.rewrite.original')}</p>
      <blockquote className="course-original">{drill.original}</blockquote>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() === '') {
            setIsMissing(true);
            return;
          }
          setIsMissing(false);
          setIsRevealed(true);
          onAnswered(drill.id);
        }}
      >
        <label htmlFor={fieldId} className="field-label">
          {t('course.rewrite.label')}
        </label>
        <p id={hintId} className="hint">
          {t('course.rewrite.hint')}
        </p>
        <textarea
          id={fieldId}
          className="text-input guide-reflection-text"
          rows={3}
          maxLength={1_000}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="sentences"
          spellCheck={false}
          value={text}
          aria-describedby={isMissing ? `${hintId} ${errorId}` : hintId}
          aria-invalid={isMissing ? true : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setIsMissing(false);
          }}
        />
        {isMissing && <DrillError id={errorId}>{t('course.rewrite.writeFirst')}</DrillError>}
        <button type="submit" className="button">
          {t('course.rewrite.compare')}
        </button>
      </form>
      {isRevealed && (
        <div className="course-rewrite-feedback">
          <h4 ref={checksRef} tabIndex={-1}>
            {t('course.rewrite.checks')}
          </h4>
          <ul>
            {drill.checks.map((check) => (
              <li key={check}>{check}</li>
            ))}
          </ul>
          <h4>{t('course.rewrite.models')}</h4>
          <ul className="guide-feedback">
            {drill.modelAnswers.map((answer) => (
              <li key={answer} className="guide-feedback-item">
                <p className="guide-feedback-text">{answer}</p>
              </li>
            ))}
          </ul>
        </div>
      )}
    </DrillFrame>
  );
}
