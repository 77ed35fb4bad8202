import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/TextField';
import { cleanCustomLabels, maximumCustomCount, maximumCustomLength } from './entry';

/** The person's own words, added one at a time and removable. */
export function CustomLabels({ label, values, onChange }: { label: string; values: string[]; onChange: (values: string[]) => void }) {
  const { t } = useTranslation('journal');
  const [draft, setDraft] = useState('');
  const isFull = values.length >= maximumCustomCount;

  function add() {
    const next = cleanCustomLabels([...values, draft]);
    onChange(next);
    setDraft('');
  }

  return (
    <div className="custom-labels">
      <div className="custom-labels-add">
        <TextField
          label={label}
          value={draft}
          maxLength={maximumCustomLength}
          disabled={isFull}
          onValueChange={setDraft}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              if (draft.trim()) add();
            }
          }}
        />
        <button type="button" className="button button-secondary" disabled={!draft.trim() || isFull} onClick={add}>
          {t('editor.add')}
        </button>
      </div>
      {values.length > 0 && (
        <ul className="chips">
          {values.map((value) => (
            <li key={value} className="chip">
              <span>{value}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('editor.remove', { label: value })}
                onClick={() => onChange(values.filter((item) => item !== value))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
