import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const prepareItems = ['phone', 'where', 'whoKnows', 'services'] as const;

/**
 * The Prepare phase of psychological first aid (WHO 2011: learn the situation, the services, the
 * safety concerns) as four quick checks above a script's first step. The step is already there
 * below it, so nothing waits on the list; one tap on Skip hides it. Ticks are never stored.
 */
export function PrepareChecklist({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('crisis');
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const toggle = (item: string) =>
    setChecked((previous) => {
      const next = new Set(previous);
      if (next.has(item)) next.delete(item);
      else next.add(item);
      return next;
    });
  return (
    <section className="crisis-prepare notice" aria-labelledby="crisis-prepare-heading">
      <h2 id="crisis-prepare-heading" className="crisis-subheading">
        {t('prepare.title')}
      </h2>
      <ul className="crisis-checklist">
        {prepareItems.map((item) => (
          <li key={item}>
            <label className="choice">
              <input type="checkbox" checked={checked.has(item)} onChange={() => toggle(item)} />
              <span>{t(`prepare.items.${item}`)}</span>
            </label>
          </li>
        ))}
      </ul>
      <button type="button" className="button button-secondary" onClick={onDone}>
        {checked.size === prepareItems.length ? t('prepare.ready') : t('prepare.skip')}
      </button>
    </section>
  );
}
