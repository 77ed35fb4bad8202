import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/router';

/** Why progress and reflections are not shown: they live only in the journal's encrypted vault. */
export function VaultNotice({ status }: { status: 'absent' | 'locked' }) {
  const { t } = useTranslation('guides');
  return (
    <div className="guide-vault-notice">
      <p>{status === 'absent' ? t('privacy.absent') : t('privacy.locked')}</p>
      <Link to="/journal" className="button button-secondary">
        {t('privacy.openJournal')}
      </Link>
    </div>
  );
}
