import { useEffect, useMemo, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { entriesForCountry, loadTrustedContacts, policeLast, regionOf, RegionSelect, routeByRegion, useDirectoryPacks } from '../directory';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { TextAreaField } from '../../ui/TextAreaField';
import { useUnsavedDraft } from '../../ui/unsavedDraft';
import { usePreferences } from '../../ui/usePreferences';
import { ContactRows, type ContactPick } from './ContactRows';
import {
  checkDraft,
  draftFrom,
  isLineSection,
  isSameDraft,
  maxLineLength,
  maxLines,
  planSections,
  type LineProblem,
  type PlanDraft,
  type PlanProblems,
} from './plan';
import { planSaveFailureOf, savePlan, type PlanSaveFailure, type StoredPlan } from './planStore';

type PlanEditorProps = {
  saved: StoredPlan | undefined;
  draft: PlanDraft;
  onDraftChange: (draft: PlanDraft) => void;
  onSaved: (saved: StoredPlan) => void;
  onCancel: () => void;
};

/** Her trusted contacts, read once the editor opens; an empty list if they cannot be read. */
function useTrustedPicks(): ContactPick[] | undefined {
  const [picks, setPicks] = useState<ContactPick[]>();
  useEffect(() => {
    let isCurrent = true;
    loadTrustedContacts().then(
      (contacts) => {
        if (isCurrent) setPicks(contacts.map(({ name, phone }) => ({ label: name, name, phone, mayCallPolice: false })));
      },
      () => {
        if (isCurrent) setPicks([]);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  return picks;
}

/**
 * The services of her country's directory to pick from, routed as the directory routes them
 * (content guide, "Referral routing"): her province's or region's first, then national ones,
 * other regions' last rather than hidden (a list to pick from has no "show the others", and she may
 * be near a border or on the move). Within each, those
 * that do not call the police come first (the police are never the default), each saying in its
 * line when it may bring them. The emergency numbers are left out: the plan shows them on every view.
 */
function useServicePicks(): ContactPick[] | undefined {
  const { t } = useTranslation('directory');
  const preferences = usePreferences();
  const packs = useDirectoryPacks();
  const { country } = preferences;
  if (!country) return [];
  if (!packs) return undefined;
  const services = entriesForCountry(packs, country).filter((entry) => !entry.types.includes('emergency'));
  const routed = routeByRegion(services, regionOf(preferences));
  return [...policeLast(routed.entries), ...policeLast(routed.otherRegions)].map((entry) => {
    const name = entry.region ? `${entry.name} (${entry.region})` : entry.name;
    const phone = entry.phones[0];
    const police = entry.policeInvolvement === 'no' ? '' : ` – ${t(`policeCard.${entry.policeInvolvement}`)}`;
    return {
      label: `${name}${phone ? ` · ${phone.display}` : ''}${police}`,
      name,
      phone: phone?.dial ?? '',
      mayCallPolice: entry.policeInvolvement !== 'no',
    };
  });
}

/** Her province or region, to change here as in the directory; nothing where the country has none. */
function ServiceRegion() {
  const preferences = usePreferences();
  const packs = useDirectoryPacks();
  const { country } = preferences;
  if (!country || !packs) return null;
  return <RegionSelect country={country} entries={entriesForCountry(packs, country)} value={regionOf(preferences)} />;
}

/**
 * Writing or changing the plan. Nothing is stored until "Save my plan"; a problem or a failed save
 * leaves every word on screen, with a message next to what needs a change.
 */
export function PlanEditor({ saved, draft, onDraftChange, onSaved, onCancel }: PlanEditorProps) {
  const { t } = useTranslation('safetyplan');
  const [problems, setProblems] = useState<PlanProblems>();
  const [failure, setFailure] = useState<PlanSaveFailure>();
  const [isSaving, setIsSaving] = useState(false);
  const [isAskingToLeave, setIsAskingToLeave] = useState(false);
  const keepEditingRef = useRef<HTMLButtonElement>(null);
  // The Cancel button makes way for the question: the focus moves to its safe answer.
  useEffect(() => {
    if (isAskingToLeave) keepEditingRef.current?.focus();
  }, [isAskingToLeave]);
  const savedDraft = useMemo(() => draftFrom(saved?.plan), [saved]);
  const isChanged = !isSameDraft(draft, savedDraft);
  useUnsavedDraft(isChanged);
  const trustedPicks = useTrustedPicks();
  const servicePicks = useServicePicks();

  const change = (part: Partial<PlanDraft>) => {
    const next = { ...draft, ...part };
    onDraftChange(next);
    setIsAskingToLeave(false);
    // Once problems are shown, each goes away as soon as what it names is fixed.
    if (problems) {
      const checked = checkDraft(next);
      setProblems('problems' in checked ? checked.problems : undefined);
    }
  };

  const save = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (isSaving) return;
    setFailure(undefined);
    const checked = checkDraft(draft);
    if ('problems' in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems(undefined);
    setIsSaving(true);
    try {
      const recordId = await savePlan(checked.plan, saved?.recordId);
      onSaved({ recordId, plan: checked.plan });
    } catch (error) {
      // The draft is the parent's and stays as it is: she can fix the cause and save again.
      setFailure(planSaveFailureOf(error));
      setIsSaving(false);
    }
  };

  const lineError = (problem: LineProblem | undefined) =>
    problem === 'line-too-long'
      ? t('errors.line-too-long', { max: maxLineLength })
      : problem === 'too-many-lines'
        ? t('errors.too-many-lines', { max: maxLines })
        : undefined;

  return (
    <div className="screen safety-plan-edit">
      <ScreenHeading>{t('title')}</ScreenHeading>
      <p className="lead">{t('intro')}</p>
      <p className="hint">{t('together')}</p>
      <form noValidate onSubmit={(event) => void save(event)}>
        {planSections.map((section, index) => {
          const title = t('numbered', { number: index + 1, title: t(`sections.${section}.title`) });
          if (isLineSection(section)) {
            return (
              <TextAreaField
                key={section}
                label={title}
                hint={t(`sections.${section}.hint`)}
                value={draft[section]}
                onValueChange={(text) => change({ [section]: text })}
                error={lineError(problems?.[section])}
              />
            );
          }
          return (
            <fieldset key={section} className="safety-plan-step">
              <legend>{title}</legend>
              <p className="hint">{t(`sections.${section}.hint`)}</p>
              {section === 'services' && <ServiceRegion />}
              <ContactRows
                section={section}
                rows={draft[section]}
                problems={problems?.[section]}
                onRowsChange={(rows) => change({ [section]: rows })}
                picks={section === 'helpers' ? trustedPicks : servicePicks}
                noPicks={t(section === 'helpers' ? 'contact.noContacts' : 'contact.noServices')}
              />
            </fieldset>
          );
        })}
        {problems && (
          <p className="field-error" role="alert">
            {t('errors.summary')}
          </p>
        )}
        {failure && (
          <p className="field-error" role="alert">
            {t(`errors.${failure}`)}
          </p>
        )}
        {isAskingToLeave ? (
          <div className="safety-plan-leave" role="group" aria-labelledby="safety-plan-leave-question">
            <p id="safety-plan-leave-question">{t('discardQuestion')}</p>
            <div className="button-row">
              <button type="button" className="button" ref={keepEditingRef} onClick={() => setIsAskingToLeave(false)}>
                {t('keepEditing')}
              </button>
              <button type="button" className="button button-secondary" onClick={onCancel}>
                {t('discard')}
              </button>
            </div>
          </div>
        ) : (
          <div className="button-row safety-plan-actions">
            <button type="submit" className="button" disabled={isSaving}>
              {isSaving ? t('saving') : t('save')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => (isChanged ? setIsAskingToLeave(true) : onCancel())}>
              {t('cancel')}
            </button>
          </div>
        )}
      </form>
    </div>
  );
}
