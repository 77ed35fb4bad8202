import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const prepareItems = ['phone', 'where', 'whoKnows', 'services'] as const;

/**
 * The Prepare phase of psychological first aid (WHO 2011: learn the situation, the services, the
 * safety concerns) as four quick checks on the way into any script. It sits folded, one line high,
 * between the danger button and the situations: a Companion with time opens it in one tap, one
 * without time goes past it in none, and the script's own first screen (the safety check) keeps
 * the whole screen. Ticks last while the list is on screen and are never stored.
 */
export function PrepareChecklist() {
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
    <details className="crisis-prepare">
      <summary>
        <h2 className="crisis-subheading">{t('prepare.title')}</h2>
        <span className="crisis-prepare-count">{t('prepare.count', { checked: checked.size, total: prepareItems.length })}</span>
      </summary>
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
    </details>
  );
}
