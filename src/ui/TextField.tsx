import { useId, type InputHTMLAttributes } from 'react';
import { Field, fieldDescribedBy } from './Field';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> & {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  /** Shown under the field and announced; marks the field invalid. */
  error?: string | undefined;
  hint?: string | undefined;
};

/**
 * A labelled text input with its hint and error wired to it for screen readers. Private by default:
 * no autocomplete, spellcheck, autocorrect or autocapitalize, so nothing typed is learned by the keyboard.
 */
export function TextField({ label, value, onValueChange, error, hint, type = 'text', ...inputProps }: TextFieldProps) {
  const id = useId();
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        {...inputProps}
        id={id}
        type={type}
        className="text-input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, error)}
        onChange={(event) => onValueChange(event.target.value)}
      />
    </Field>
  );
}
