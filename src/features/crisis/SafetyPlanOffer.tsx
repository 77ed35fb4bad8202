import { useTranslation } from 'react-i18next';
import type { CrisisType } from '../../content/schema';
import { useAddressContext } from '../../ui/packText';
import { Link } from '../../ui/router';

/**
 * After thoughts of suicide, self-harm or general distress, a safety plan (Stanley-Brown) is the
 * usual next step: the close offers to make one, or open hers, together, on her own phone.
 */
const planSituations: readonly CrisisType[] = ['suicide', 'self-harm', 'general-distress'];

export function SafetyPlanOffer({ crisisType }: { crisisType: CrisisType }) {
  const { t } = useTranslation('crisis');
  const context = useAddressContext();
  if (!planSituations.includes(crisisType)) return null;
  return (
    <section aria-labelledby="crisis-plan-heading" className="crisis-plan-offer">
      <h2 id="crisis-plan-heading">{t('close.plan.heading')}</h2>
      <p>{t('close.plan.body')}</p>
      <Link to="/plan" className="button">
        {t('close.plan.open', { context })}
      </Link>
    </section>
  );
}
