import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/router';

/** Why the reflection is not shown: it lives only in the journal's encrypted vault. The journal offers the way back here. */
export function VaultNotice({ status, returnTo }: { status: 'absent' | 'locked'; returnTo: string }) {
  const { t } = useTranslation('guides');
  return (
    <div className="guide-vault-notice">
      <p>{status === 'absent' ? t('privacy.absent') : t('privacy.locked')}</p>
      <Link to="/journal" returnTo={returnTo} className="button button-secondary">
        {t('privacy.openJournal')}
      </Link>
    </div>
  );
}
