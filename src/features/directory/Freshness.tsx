import { useTranslation } from 'react-i18next';
import type { DirectoryEntry } from '../../content/schema';
import { formatMonthYear } from './freshness';
import { useLanguage } from '../../ui/useLanguage';

/** How fresh and how sure an entry is, said plainly: a wrong number in a crisis does harm. */
export function Freshness({ entry }: { entry: DirectoryEntry }) {
  const { t } = useTranslation('directory');
  const language = useLanguage();
  return (
    <p className="directory-freshness">
      <span>{t('freshness.lastChecked', { date: formatMonthYear(entry.source.checked, language) })}</span>
      <span>{entry.source.isPhoneConfirmed ? t('freshness.phoneConfirmed') : t('freshness.notPhoneConfirmed')}</span>
      <span>{t(entry.source.confidence === 'high' ? 'freshness.high' : 'freshness.medium')}</span>
    </p>
  );
}
