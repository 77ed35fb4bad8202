import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useVaultState } from '../../ui/useVaultState';

// The list reads the vault (and its record schemas) only once the vault is open, so a locked
// phone in a crisis loads none of it.
const OpenContacts = lazy(async () => ({ default: (await import('./TrustedContactList')).TrustedContactList }));

/**
 * The person's own trusted contacts (a friend, a lawyer, the organisation) next to the numbers,
 * as the content guide asks. Locked: one line saying so; never an unlock prompt in a crisis.
 */
export function TrustedContacts({ headingLevel }: { headingLevel: 2 | 3 | 4 }) {
  const { t } = useTranslation('directory');
  const { status } = useVaultState();
  if (status === 'locked') return <p className="hint directory-contacts-locked">{t('trusted.locked')}</p>;
  if (status !== 'unlocked') return null;
  return (
    <Suspense fallback={null}>
      <OpenContacts headingLevel={headingLevel} />
    </Suspense>
  );
}
