import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { VaultGate } from '../vault';
import { CountingSection } from './CountingSection';
import { ReportView } from './ReportView';
import './report.css';

/**
 * /report: the counting switch with what it keeps, then the counts behind the journal's lock. The
 * switch stays outside the gate, so she can read what counting means, and turn it off, without
 * unlocking anything.
 */
export function ReportScreen() {
  const { t } = useTranslation('report');
  const back = (
    <Link to="/settings" className="button button-secondary">
      {t('backToSettings')}
    </Link>
  );
  return (
    <div className="screen report">
      <ScreenHeading>{t('title')}</ScreenHeading>
      <p className="lead">{t('intro')}</p>
      <CountingSection />
      <VaultGate title={t('title')} loadingText={t('loading')} wayBack={back}>
        <ReportView />
        {back}
      </VaultGate>
    </div>
  );
}
