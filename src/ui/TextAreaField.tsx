import { useId, type TextareaHTMLAttributes } from 'react';
import { Field, fieldDescribedBy } from './Field';

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value'> & {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  /** Shown under the field and announced; marks the field invalid. */
  error?: string | undefined;
  hint?: string | undefined;
};

/**
 * TextField's sibling for a few lines of text, with the same label, hint and error wiring and the
 * same privacy: no autocomplete, spellcheck, autocorrect or autocapitalize.
 */
export function TextAreaField({ label, value, onValueChange, error, hint, rows = 4, ...textareaProps }: TextAreaFieldProps) {
  const id = useId();
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <textarea
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        {...textareaProps}
        id={id}
        rows={rows}
        className="text-input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, error)}
        onChange={(event) => onValueChange(event.target.value)}
      />
    </Field>
  );
}
