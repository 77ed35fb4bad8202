import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/router';
import { VaultGate } from '../vault';
import { OpenPlan } from './OpenPlan';
import { PlanEmergencyLine } from './PlanEmergencyLine';
import './safetyplan.css';

/**
 * /plan: her safety plan, behind the vault (the journal's passphrase), with her country's
 * emergency number on every view, the set-up and unlock screens included.
 */
export function SafetyPlanScreen() {
  const { t } = useTranslation('safetyplan');
  const back = (
    <Link to="/" className="button button-secondary">
      {t('backHome')}
    </Link>
  );
  return (
    <div className="safety-plan">
      <PlanEmergencyLine />
      <VaultGate title={t('title')} loadingText={t('loading')} wayBack={back}>
        <OpenPlan back={back} />
      </VaultGate>
    </div>
  );
}
