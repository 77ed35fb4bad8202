import { useTranslation } from 'react-i18next';
import type { ServiceType } from '../../content/schema';

/** The recap of a session, the same on the close screen, in the note being written and in a saved note (whose title is its heading). */
export function SummaryList({
  title,
  steps,
  minutes,
  services,
}: {
  title?: string;
  steps: number;
  minutes: number;
  services: readonly ServiceType[];
}) {
  const { t } = useTranslation('crisis');
  return (
    <ul className="crisis-summary-list">
      {title !== undefined && <li>{title}</li>}
      <li>{t('close.steps', { count: steps })}</li>
      <li>{minutes < 1 ? t('close.underAMinute') : t('close.minutes', { count: minutes })}</li>
      <li>
        {services.length === 0
          ? t('close.noReferrals')
          : t('close.referrals', { services: services.map((service) => t(`serviceTypes.${service}`)).join(', ') })}
      </li>
    </ul>
  );
}
