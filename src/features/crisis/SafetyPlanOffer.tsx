import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrisisType } from '../../content/schema';
import { useAddressContext } from '../../ui/packText';
import { InDangerLine, QrCode, useFirstEmergencyCall } from '../directory';

/**
 * After thoughts of suicide, self-harm or general distress, a safety plan (Stanley-Brown) is the
 * usual next step. The phone in hand is the Companion's: a plan made here would land in her own
 * vault, and opening /plan would show the Companion's own plan. So the close only says how the
 * person makes hers on her own phone, and, if asked, shows the app's address as a QR code.
 */
const planSituations: readonly CrisisType[] = ['suicide', 'self-harm', 'general-distress'];
/** After these, the emergency number stays in sight above the offer, as it does above the plan itself. */
const lifeAtRisk: readonly CrisisType[] = ['suicide', 'self-harm'];

export function SafetyPlanOffer({ crisisType }: { crisisType: CrisisType }) {
  const { t } = useTranslation(['crisis', 'common']);
  const context = useAddressContext();
  const [isQrShown, setIsQrShown] = useState(false);
  const call = useFirstEmergencyCall();
  if (!planSituations.includes(crisisType)) return null;
  // The app's start page, not this screen: her phone opens the app, not the Companion's crisis run.
  const appAddress = `${location.origin}/`;
  return (
    <section aria-labelledby="crisis-plan-heading" className="crisis-plan-offer">
      <h2 id="crisis-plan-heading">{t('close.plan.heading')}</h2>
      {lifeAtRisk.includes(crisisType) &&
        // The directory's own line: the number, one tap to call, and what a call sends (medical help first).
        (call ? <InDangerLine call={call} /> : <p className="directory-in-danger">{t('picker.unavailable.noNumber')}</p>)}
      <p>{t('close.plan.body', { context })}</p>
      {/* The claim that a plan helps is clinical: its source sits under it, as on the plan's own screen. */}
      <p className="hint">{t('close.plan.source')}</p>
      {/* Named as Home names it, so she finds the same words on her own phone. */}
      <p>{t('close.plan.howTo', { context, screen: t('common:home.plan') })}</p>
      <button type="button" className="button button-secondary" aria-expanded={isQrShown} onClick={() => setIsQrShown((shown) => !shown)}>
        {isQrShown ? t('close.plan.qrHide') : t('close.plan.qr')}
      </button>
      {isQrShown && (
        <>
          <QrCode text={appAddress} label={t('close.plan.qrLabel')} />
          <p className="hint">{t('close.plan.firstTime')}</p>
        </>
      )}
    </section>
  );
}
