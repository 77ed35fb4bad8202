import { useTranslation } from 'react-i18next';
import type { EmergencyService } from '../../content/schema';
import { allBringPolice, type EmergencyCall } from './emergency';
import { sendsList } from './sends';
import { useLanguage } from '../../ui/useLanguage';

/** "Sends: ambulance, fire and rescue and police" in the screen's language; undefined when the pack does not say. */
function useSendsText(): (sends: readonly EmergencyService[] | undefined) => string | undefined {
  const { t } = useTranslation('directory');
  const language = useLanguage();
  return (sends) => (sends ? t('sends.what', { services: sendsList(sends, language, (service) => t(`sends.${service}`)) }) : undefined);
}

/**
 * The danger step's numbers, ranked (emergency.ts): medical and rescue help first, then the
 * police. Each button says what a call sends; the first is the big one. Where every number
 * may bring the police, the first button says so, so the choice to call stays the person's.
 * In the police-violence script the list keeps only numbers that send no police, or that send
 * medical or rescue help as well (emergency.ts).
 */
export function DangerCalls({ calls, isPoliceFree }: { calls: readonly EmergencyCall[]; isPoliceFree: boolean }) {
  const { t } = useTranslation('directory');
  const sendsText = useSendsText();
  if (calls.length === 0)
    return <p className="notice">{isPoliceFree ? t('emergencyCalls.noneWithoutPolice') : t('emergencyCalls.none')}</p>;
  // Where every number may bring the police, the first button says so plainly: one number, or all of them.
  const policeWarning = allBringPolice(calls) ? t(calls.length === 1 ? 'sends.onlyWithPolice' : 'sends.allWithPolice') : undefined;
  return (
    <ul className="directory-danger-calls" aria-label={t('emergencyCalls.label')}>
      {calls.map(({ call, sends }, index) => (
        <li key={call.href}>
          <a className={index === 0 ? 'button button-urgent directory-emergency-call' : 'button directory-danger-call'} href={call.href}>
            {t('actions.call', { number: call.shown })}
            {[sendsText(sends), call.label, index === 0 ? policeWarning : undefined]
              .filter((line): line is string => Boolean(line))
              .map((line) => (
                <span key={line} className="directory-action-label">
                  {line}
                </span>
              ))}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Outside the danger branch: one compact line with the first number, so it is never far away. */
export function InDangerLine({ call }: { call: EmergencyCall | undefined }) {
  const { t } = useTranslation('directory');
  const sendsText = useSendsText();
  if (!call) return null;
  const sends = sendsText(call.sends);
  return (
    <p className="directory-in-danger">
      {t('emergencyCalls.inDanger')}{' '}
      <a href={call.call.href}>
        {t('actions.call', { number: call.call.shown })}
        {sends ? ` (${sends})` : ''}
      </a>
    </p>
  );
}

export { useSendsText };
