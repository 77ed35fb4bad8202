import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { requestFocusOnNextScreen } from '../../ui/focusOnNavigation';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { draftFrom, type PlanDraft } from './plan';
import { PlanEditor } from './PlanEditor';
import { loadPlan, type LoadedPlan, type StoredPlan } from './planStore';
import { PlanView } from './PlanView';

/**
 * The plan once the vault is open: read it, or change it. The draft is held here, above the
 * editor, so nothing typed is lost while the editor shows a problem or a failed save.
 * A lock removes this whole component (VaultGate), and the decrypted plan with it.
 */
export function OpenPlan({ back }: { back: ReactNode }) {
  const { t } = useTranslation('safetyplan');
  const [loaded, setLoaded] = useState<LoadedPlan | 'failed'>();
  const [draft, setDraft] = useState<PlanDraft>();
  const [hasJustSaved, setHasJustSaved] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    loadPlan().then(
      (plan) => {
        if (isCurrent) setLoaded(plan);
      },
      () => {
        if (isCurrent) setLoaded('failed');
      },
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  if (loaded === undefined || loaded === 'failed') {
    return (
      <div className="screen safety-plan-view">
        <ScreenHeading>{t('title')}</ScreenHeading>
        {loaded === 'failed' ? <p className="notice">{t('loadFailed')}</p> : <p className="loading">{t('loading')}</p>}
        <p>{back}</p>
      </div>
    );
  }

  const current = loaded.current;
  const startEditing = () => {
    requestFocusOnNextScreen();
    setHasJustSaved(false);
    setDraft(draftFrom(current?.plan));
  };
  const stopEditing = (saved?: StoredPlan) => {
    requestFocusOnNextScreen();
    if (saved) {
      setLoaded({ current: saved, unreadable: loaded.unreadable });
      setHasJustSaved(true);
    }
    setDraft(undefined);
  };

  if (draft) {
    return <PlanEditor saved={current} draft={draft} onDraftChange={setDraft} onSaved={stopEditing} onCancel={() => stopEditing()} />;
  }
  return <PlanView plan={current?.plan} unreadable={loaded.unreadable} hasJustSaved={hasJustSaved} onEdit={startEditing} back={back} />;
}
