import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../ui/ComingSoon';

export function SelfCareScreen() {
  const { t } = useTranslation();
  return <ComingSoon title={t('screens.selfcare')} />;
}
