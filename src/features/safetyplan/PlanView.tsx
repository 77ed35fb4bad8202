import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { QrCode, qrMaxBytes, ShareTextButtons, useSendsText, type EmergencyCall } from '../directory';
import { ReadAloudButton } from '../../ui/ReadAloudButton';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useLanguage } from '../../ui/useLanguage';
import { requestLock } from '../../vault/lockSignal';
import { isEmptyPlan, isLineSection, planAsText, planSections, type PlanSection, type SafetyPlan } from './plan';
import { usePlanEmergency } from './usePlanEmergency';

/**
 * The plan's emergency line as plain text (copy, send, read aloud): like every card in the app, it
 * says what a call sends. Where the pack does not say, the directory's own line without it.
 */
function useEmergencyText(): (emergency: EmergencyCall) => string {
  const { t } = useTranslation('safetyplan');
  const { t: tDirectory } = useTranslation('directory');
  const sendsText = useSendsText();
  return ({ call, sends }) => {
    const sent = sendsText(sends);
    return sent
      ? t('share.emergency', { number: call.shown, sends: sent })
      : `${tDirectory('emergencyCalls.inDanger')} ${tDirectory('actions.call', { number: call.shown })}`;
  };
}

type PlanViewProps = {
  plan: SafetyPlan | undefined;
  unreadable: number;
  hasJustSaved: boolean;
  onEdit: () => void;
  back: ReactNode;
  /** The offer of a draft kept across a lock, when there is one. */
  keptDraft?: ReactNode;
};

/** The plan to read in a hard moment: each step in order, her words as she wrote them. */
export function PlanView({ plan, unreadable, hasJustSaved, onEdit, back, keptDraft }: PlanViewProps) {
  const { t } = useTranslation('safetyplan');
  const language = useLanguage();
  const emergency = usePlanEmergency();
  const emergencyText = useEmergencyText();
  const sectionTitle = (section: PlanSection, number: number) => t('numbered', { number, title: t(`sections.${section}.title`) });
  const hasPlan = plan !== undefined && !isEmptyPlan(plan);
  const labels = {
    title: t('share.title'),
    sectionTitle,
    emergency: emergency ? emergencyText(emergency) : undefined,
    police: t('contact.police'),
  };

  return (
    <div className="screen safety-plan-view">
      <ScreenHeading>{t('title')}</ScreenHeading>
      <p className="lead">{t('intro')}</p>
      {hasJustSaved && (
        <p role="status" className="notice">
          {t('saved')}
        </p>
      )}
      {unreadable > 0 && <p className="notice">{t('unreadable')}</p>}
      {keptDraft}
      {hasPlan ? (
        <>
          <div className="button-row">
            <button type="button" className="button" onClick={onEdit}>
              {t('edit')}
            </button>
            {/* Read without list marks, which a voice would say out loud. */}
            <ReadAloudButton text={planAsText(plan, { ...labels, bullet: '' })} locale={language} />
          </div>
          {planSections.map((section, index) => (
            <PlanStep key={section} plan={plan} section={section} title={sectionTitle(section, index + 1)} />
          ))}
          <p className="hint">{t('updated', { date: formatDate(new Date(plan.updatedAt), language, { dateStyle: 'medium' }) })}</p>
          <SharePlan title={labels.title} text={planAsText(plan, labels)} />
        </>
      ) : (
        <>
          <p>{t('empty')}</p>
          <p className="hint">{t('together')}</p>
          <button type="button" className="button" onClick={onEdit}>
            {t('start')}
          </button>
        </>
      )}
      <div className="button-row safety-plan-actions">
        <button type="button" className="button button-secondary" onClick={() => requestLock('manual')}>
          {t('lock')}
        </button>
        {back}
      </div>
      <p className="hint safety-plan-source">{t('source')}</p>
    </div>
  );
}

function PlanStep({ plan, section, title }: { plan: SafetyPlan; section: PlanSection; title: string }) {
  const { t } = useTranslation('safetyplan');
  const headingId = `safety-plan-${section}`;
  let items: ReactNode[];
  if (isLineSection(section)) items = plan[section].map((line, index) => <li key={index}>{line}</li>);
  else
    items = plan[section].map((contact, index) => (
      <li key={index}>
        {contact.name}
        {contact.phone && (
          <>
            {' '}
            <a href={`tel:${contact.phone}`}>{t('contact.call', { phone: contact.phone })}</a>
          </>
        )}
        {/* Police can be the danger: the warning the directory gave stays with the service she kept. */}
        {contact.mayCallPolice && <span className="safety-plan-police">{t('contact.police')}</span>}
      </li>
    ));
  return (
    <section className="safety-plan-step" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {items.length > 0 ? <ul>{items}</ul> : <p className="hint">{t('nothingYet')}</p>}
    </section>
  );
}

/** Copies of the plan leave the app only when she taps one of these, as plain text. */
function SharePlan({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation('safetyplan');
  const [isShowingQr, setIsShowingQr] = useState(false);
  const fitsQr = new TextEncoder().encode(text).length <= qrMaxBytes;
  return (
    <section className="safety-plan-share" aria-labelledby="safety-plan-share-heading">
      <h2 id="safety-plan-share-heading">{t('share.heading')}</h2>
      <p className="hint">{t('share.hint')}</p>
      <ShareTextButtons title={title} text={text} sendLabel={t('share.send')} copyLabel={t('share.copy')}>
        <button type="button" className="button button-secondary" aria-expanded={isShowingQr} onClick={() => setIsShowingQr(!isShowingQr)}>
          {isShowingQr ? t('share.hideQr') : t('share.showQr')}
        </button>
      </ShareTextButtons>
      {isShowingQr && (fitsQr ? <QrCode text={text} label={t('share.qrLabel')} /> : <p className="notice">{t('share.qrTooLong')}</p>)}
    </section>
  );
}
