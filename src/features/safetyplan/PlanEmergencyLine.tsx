import { useTranslation } from 'react-i18next';
import { InDangerLine } from '../directory';
import { Link } from '../../ui/router';
import { usePreferences } from '../../ui/usePreferences';
import { usePlanEmergency } from './usePlanEmergency';

/**
 * Above every view of the plan, the unlock screen included: her country's emergency number, one
 * tap to call, saying what a call sends; otherwise the plain advice to call the local number, and
 * where no country is chosen yet, the way to choose one (the directory's own words).
 */
export function PlanEmergencyLine() {
  const { t } = useTranslation('safetyplan');
  const { t: tDirectory } = useTranslation('directory');
  const { country } = usePreferences();
  const call = usePlanEmergency();
  if (call)
    return (
      <div className="safety-plan-emergency">
        <InDangerLine call={call} />
      </div>
    );
  return (
    <div className="safety-plan-emergency">
      <p className="directory-in-danger">{t('emergency.none')}</p>
      {!country && (
        <p className="hint">
          {tDirectory('referral.chooseCountry')} <Link to="/directory">{tDirectory('referral.openDirectory')}</Link>
        </p>
      )}
    </div>
  );
}
