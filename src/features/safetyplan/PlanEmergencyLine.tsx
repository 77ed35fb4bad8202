import { useTranslation } from 'react-i18next';
import { InDangerLine } from '../directory';
import { usePlanEmergency } from './usePlanEmergency';

/**
 * Above every view of the plan, the unlock screen included: her country's emergency number, one
 * tap to call, saying what a call sends; the plain advice to call the local number otherwise.
 */
export function PlanEmergencyLine() {
  const { t } = useTranslation('safetyplan');
  const call = usePlanEmergency();
  return (
    <div className="safety-plan-emergency">
      {call ? <InDangerLine call={call} /> : <p className="directory-in-danger">{t('emergency.none')}</p>}
    </div>
  );
}
