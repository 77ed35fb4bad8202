import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Every kind of practice item: "Practice N", the situation, then the item's own form or feedback. */
export function DrillFrame({ number, situation, children }: { number: number; situation: string; children: ReactNode }) {
  const { t } = useTranslation('guides');
  const headingId = useId();
  return (
    <section className="guide-drill" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('drill.title')} {number}
      </h3>
      <p className="guide-drill-situation">{situation}</p>
      {children}
    </section>
  );
}

/** What a practice item asks for before it can be checked, announced when it shows. */
export function DrillError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="field-error" role="alert">
      {children}
    </p>
  );
}

/** Back to the start of a practice item, to answer it again. */
export function TryAgainButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation('guides');
  return (
    <button type="button" className="button button-secondary" onClick={onClick}>
      {t('drill.tryAgain')}
    </button>
  );
}
