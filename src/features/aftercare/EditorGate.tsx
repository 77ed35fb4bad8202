import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VaultGate } from '../vault';

type EditorGateProps = { title: string; backLabel: string; onBack: () => void; children: ReactNode };

/**
 * An aftercare editor behind the vault's set-up or unlock screen when it is not open, with the way
 * back to the close screen under it. Nothing is stored until the Companion saves.
 */
export function EditorGate({ title, backLabel, onBack, children }: EditorGateProps) {
  const { t } = useTranslation('aftercare');
  const back = (
    <button type="button" className="button button-secondary" onClick={onBack}>
      {backLabel}
    </button>
  );
  return (
    <VaultGate title={title} loadingText={t('opening')} wayBack={back}>
      {children}
    </VaultGate>
  );
}
