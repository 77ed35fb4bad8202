import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { contactDraft, maxContacts, maxNameLength, type ContactDraft, type ContactProblem, type ContactSection } from './plan';

/** Something she can pick into the list: a trusted contact, or a service of her country's directory. */
export type ContactPick = { label: string; name: string; phone: string; mayCallPolice: boolean };

type ContactRowsProps = {
  section: ContactSection;
  rows: readonly ContactDraft[];
  problems: Record<string, ContactProblem> | undefined;
  onRowsChange: (rows: ContactDraft[]) => void;
  /** Undefined while they load. */
  picks: readonly ContactPick[] | undefined;
  /** Said instead of the picker when there is nothing to pick. */
  noPicks: string;
};

/**
 * Step 4 or 5 of the plan: people or services, each a name and an optional number she may change,
 * picked from a list or typed. Picking never happens on its own: she chooses, then taps "Add".
 */
export function ContactRows({ section, rows, problems, onRowsChange, picks, noPicks }: ContactRowsProps) {
  const { t } = useTranslation('safetyplan');
  const [picked, setPicked] = useState('');
  /** The row whose name field takes the focus next; '' for the list's "Add a person" or "Add a service" button. */
  const pendingFocus = useRef<string>(undefined);
  const listRef = useRef<HTMLDivElement>(null);
  const isFull = rows.length >= maxContacts;
  const rowWord = section === 'helpers' ? 'contact.helper' : 'contact.service';

  // A new row's name field, or after a removal the list's own "Add" button, takes the focus once the list has drawn.
  useEffect(() => {
    const key = pendingFocus.current;
    if (key === undefined) return;
    pendingFocus.current = undefined;
    const target =
      key === ''
        ? listRef.current?.querySelector<HTMLElement>('[data-add-row]')
        : listRef.current?.querySelector<HTMLElement>(`[data-row="${key}"] input`);
    target?.focus();
  });

  const add = (row: ContactDraft) => {
    onRowsChange([...rows, row]);
    pendingFocus.current = row.key;
  };
  const change = (key: string, part: Partial<ContactDraft>) =>
    onRowsChange(rows.map((row) => (row.key === key ? { ...row, ...part } : row)));
  const remove = (key: string) => {
    onRowsChange(rows.filter((row) => row.key !== key));
    pendingFocus.current = '';
  };
  const addPicked = () => {
    const pick = picks?.[Number(picked)];
    if (picked === '' || !pick) return;
    add(contactDraft(pick.name, pick.phone, pick.mayCallPolice));
    setPicked('');
  };

  return (
    <div className="safety-plan-contacts" ref={listRef}>
      {rows.map((row, index) => {
        const legend = t(rowWord, { number: index + 1 });
        const problem = problems?.[row.key];
        return (
          <fieldset key={row.key} className="safety-plan-contact" data-row={row.key}>
            <legend>{legend}</legend>
            <TextField
              label={t('contact.name')}
              value={row.name}
              onValueChange={(name) => change(row.key, { name })}
              error={
                problem?.name === 'missing'
                  ? t('errors.nameMissing')
                  : problem?.name === 'too-long'
                    ? t('errors.nameTooLong', { max: maxNameLength })
                    : undefined
              }
            />
            <TextField
              label={t('contact.phone')}
              type="tel"
              inputMode="tel"
              value={row.phone}
              onValueChange={(phone) => change(row.key, { phone })}
              error={problem?.phone ? t('errors.phoneInvalid') : undefined}
            />
            <button
              type="button"
              className="button button-secondary"
              aria-label={t('contact.removeNamed', { row: legend })}
              onClick={() => remove(row.key)}
            >
              {t('contact.remove')}
            </button>
          </fieldset>
        );
      })}
      {isFull ? (
        <p className="hint">{t('contact.full', { max: maxContacts })}</p>
      ) : (
        <>
          {picks !== undefined && picks.length === 0 && <p className="hint">{noPicks}</p>}
          {picks !== undefined && picks.length > 0 && (
            <div className="safety-plan-pick">
              <SelectField
                label={t(section === 'helpers' ? 'contact.pickHelper' : 'contact.pickService')}
                value={picked}
                onValueChange={setPicked}
                options={[
                  { value: '', label: t('contact.choose') },
                  ...picks.map((pick, index) => ({ value: String(index), label: pick.label })),
                ]}
              />
              <button type="button" className="button button-secondary" onClick={addPicked} disabled={picked === ''}>
                {t('contact.add')}
              </button>
            </div>
          )}
          <button type="button" className="button button-secondary" data-add-row onClick={() => add(contactDraft())}>
            {t(section === 'helpers' ? 'contact.addHelper' : 'contact.addService')}
          </button>
        </>
      )}
    </div>
  );
}
