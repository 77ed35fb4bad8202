import { useTranslation } from 'react-i18next';
import { followUpWayKeys, type ReportRow } from '../../content/activityReport';
import type { CrisisType, ServiceType } from '../../content/schema';
import { crisisTypes, serviceTypes } from '../../content/vocabulary';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../ui/useLanguage';

type Way = (typeof followUpWayKeys)[number];
const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** The words the report screen shows for a month, a measure and a key, in the screen's language. */
export function useReportLabels() {
  const { t } = useTranslation(['report', 'crisis']);
  const language = useLanguage();
  return {
    month: (month: string) => {
      const [year = 1970, number = 1] = month.split('-').map(Number);
      return formatDate(new Date(Date.UTC(year, number - 1, 1)), language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    },
    measure: (measure: ReportRow['measure']) => t(`report:measures.${measure}`),
    // A key the app does not know the words for (a module's id, a way from a newer version) shows as it is stored.
    key: ({ measure, key }: Pick<ReportRow, 'measure' | 'key'>): string => {
      if ((measure === 'crisis-run' || measure === 'danger-branch') && isOneOf<CrisisType>(crisisTypes, key))
        return t(`report:situations.${key}`);
      if (measure === 'referral-offered' && isOneOf<ServiceType>(serviceTypes, key)) return t(`crisis:serviceTypes.${key}`);
      if (measure === 'follow-up-agreed' && isOneOf<Way>(followUpWayKeys, key)) return t(`report:ways.${key}`);
      return key;
    },
  };
}
