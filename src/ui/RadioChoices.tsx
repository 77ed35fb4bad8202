import { useId, type ReactNode } from 'react';

export type RadioChoice<Value extends string | number> = {
  value: Value;
  label: string;
  /** The language the label is written in, when it is not the page's (a language's own name). */
  lang?: string;
};

type RadioChoicesProps<Value extends string | number> = {
  legend: string;
  /** Read with the group, under its legend. */
  hint?: string;
  name: string;
  choices: readonly RadioChoice<Value>[];
  /** None checked while it is undefined. */
  chosen: Value | undefined;
  onChoose: (value: Value) => void;
  /** Under the choices: what the choice did, or why it failed. */
  children?: ReactNode;
};

/** One setting picked from a few: a fieldset of radio buttons in the kit's look (Settings, the journal's lock). */
export function RadioChoices<Value extends string | number>({
  legend,
  hint,
  name,
  choices,
  chosen,
  onChoose,
  children,
}: RadioChoicesProps<Value>) {
  const hintId = useId();
  return (
    <fieldset className="choice-group" aria-describedby={hint === undefined ? undefined : hintId}>
      <legend>{legend}</legend>
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {choices.map((choice) => (
        <label key={choice.value} className="choice">
          <input type="radio" name={name} value={choice.value} checked={chosen === choice.value} onChange={() => onChoose(choice.value)} />
          <span lang={choice.lang}>{choice.label}</span>
        </label>
      ))}
      {children}
    </fieldset>
  );
}
