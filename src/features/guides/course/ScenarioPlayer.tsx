import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../content/schema';
import { ReadAloudButton } from '../../../ui/ReadAloudButton';

type Choice = Scenario['nodes'][number]['choices'][number];

/**
 * A branching scenario, one turn at a time: what happens, her choice, the feedback on that choice,
 * then on to where it leads (a weak choice may lead back to try again). A node with no choices is
 * an end. Each new piece of text takes the focus, so a screen reader reads it next.
 */
export function ScenarioPlayer({ scenario, locale, onFinished }: { scenario: Scenario; locale: string; onFinished: () => void }) {
  const { t } = useTranslation('guides');
  const [nodeId, setNodeId] = useState(scenario.start);
  const [chosen, setChosen] = useState<Choice>();
  // Focus moves only after she acts, never when the part first opens.
  const [focusTarget, setFocusTarget] = useState<'node' | 'feedback'>();
  const nodeRef = useRef<HTMLParagraphElement>(null);
  const feedbackRef = useRef<HTMLParagraphElement>(null);
  const headingId = useId();
  const node = scenario.nodes.find((candidate) => candidate.id === nodeId);
  const isEnd = node !== undefined && node.choices.length === 0;

  useEffect(() => {
    if (focusTarget === 'node') nodeRef.current?.focus();
    if (focusTarget === 'feedback') feedbackRef.current?.focus();
  }, [focusTarget, nodeId, chosen]);

  const goTo = (id: string) => {
    // Reaching an end is what "finished" means; a loop back to try again is not an end.
    if (scenario.nodes.find((candidate) => candidate.id === id)?.choices.length === 0) onFinished();
    setNodeId(id);
    setChosen(undefined);
    setFocusTarget('node');
  };

  return (
    <section className="course-scenario" aria-labelledby={headingId}>
      <h3 id={headingId}>{scenario.title}</h3>
      <p>{scenario.intro}</p>
      {node && (
        <div className="course-scenario-turn">
          <p ref={nodeRef} tabIndex={-1} className="course-scenario-text">
            {node.text}
          </p>
          <div className="guide-read-aloud">
            <ReadAloudButton key={node.id} text={node.text} locale={locale} />
          </div>
          {isEnd ? (
            <div className="course-scenario-end">
              <p className="course-result">{t('course.scenario.ended')}</p>
              <p>{t('course.scenario.endedHint')}</p>
              <button type="button" className="button button-secondary" onClick={() => goTo(scenario.start)}>
                {t('course.scenario.tryAgain')}
              </button>
            </div>
          ) : chosen === undefined ? (
            <fieldset className="choice-group course-scenario-choices">
              <legend>{t('course.scenario.choose')}</legend>
              {node.choices.map((choice) => (
                <button
                  key={choice.id}
                  type="button"
                  className="button button-secondary course-scenario-choice"
                  onClick={() => {
                    setChosen(choice);
                    setFocusTarget('feedback');
                  }}
                >
                  {choice.text}
                </button>
              ))}
            </fieldset>
          ) : (
            <div className={chosen.isGood ? 'guide-feedback-item guide-feedback-best' : 'guide-feedback-item'}>
              <p ref={feedbackRef} tabIndex={-1} className="guide-feedback-verdict">
                {chosen.isGood ? t('course.scenario.good') : t('course.scenario.weak')}
              </p>
              <p className="guide-feedback-text">{chosen.text}</p>
              <p>{chosen.feedback}</p>
              <button type="button" className="button" onClick={() => goTo(chosen.next)}>
                {t('course.scenario.continue')}
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
