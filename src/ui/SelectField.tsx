import { useId } from 'react';
import { Field, fieldDescribedBy } from './Field';

type SelectFieldProps = {
  label: string;
  hint?: string | undefined;
  value: string;
  onValueChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
};

/** A labelled choice from a list, with its hint wired to it for screen readers; it looks like a text field. */
export function SelectField({ label, hint, value, onValueChange, options }: SelectFieldProps) {
  const id = useId();
  return (
    <Field id={id} label={label} hint={hint}>
      <select
        id={id}
        className="select"
        value={value}
        aria-describedby={fieldDescribedBy(id, hint, undefined)}
        onChange={(event) => onValueChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
