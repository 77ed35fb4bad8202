import type { ReactNode } from 'react';

/** The ids of a field's hint and error, for its control's aria-describedby; undefined when it has neither. */
export function fieldDescribedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

type FieldProps = { id: string; label: string; hint?: string | undefined; error?: string | undefined; children: ReactNode };

/**
 * A form control's label above it, its hint between, and its error below, announced as it appears.
 * The control (children) takes `id` and `fieldDescribedBy(id, hint, error)`, so screen readers read all three.
 */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
