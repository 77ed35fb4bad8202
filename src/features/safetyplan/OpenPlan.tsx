import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { requestFocusOnNextScreen } from '../../ui/focusOnNavigation';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { draftFrom, isSameDraft, type PlanDraft } from './plan';
import { PlanEditor } from './PlanEditor';
import { forgetKeptDrafts, keepDraft, loadKeptDraft, loadPlan, type KeptDraft, type LoadedPlan, type StoredPlan } from './planStore';
import { PlanView } from './PlanView';

/** How long after the last change the draft is kept in the vault. */
export const keepDraftAfterMs = 2_000;

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
  /** A draft kept before the last lock, offered back until she continues it or discards it. */
  const [kept, setKept] = useState<KeptDraft>();
  /** Every draft record this plan has now: the one kept from before, and the one this session writes. */
  const draftIds = useRef<string[]>([]);
  const sessionDraftId = useRef<string>(undefined);

  useEffect(() => {
    let isCurrent = true;
    Promise.all([loadPlan(), loadKeptDraft().catch(() => undefined)]).then(
      ([plan, keptDraft]) => {
        if (!isCurrent) return;
        setLoaded(plan);
        setKept(keptDraft);
        draftIds.current = keptDraft?.recordIds ?? [];
      },
      () => {
        if (isCurrent) setLoaded('failed');
      },
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  const current = loaded === undefined || loaded === 'failed' ? undefined : loaded.current;
  // Unsaved changes are kept, encrypted, while the key is still in memory: when the page is hidden
  // (the hidden lock comes a minute later) and a moment after she stops typing (the idle lock can
  // come while the plan is still on screen, say while she talks it through with a Companion).
  useEffect(() => {
    if (!draft) return undefined;
    const keepNow = () => {
      if (isSameDraft(draft, draftFrom(current?.plan))) return;
      if (sessionDraftId.current === undefined) {
        sessionDraftId.current = draftIds.current[0] ?? crypto.randomUUID();
        draftIds.current = [...new Set([...draftIds.current, sessionDraftId.current])];
      }
      // A failure (already locked, storage full) leaves the draft on screen as before: nothing is lost here.
      keepDraft(draft, sessionDraftId.current).catch(() => undefined);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') keepNow();
    };
    const afterTyping = setTimeout(keepNow, keepDraftAfterMs);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearTimeout(afterTyping);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [draft, current]);

  const forgetDrafts = () => {
    void forgetKeptDrafts(draftIds.current);
    draftIds.current = [];
    sessionDraftId.current = undefined;
    setKept(undefined);
  };

  if (loaded === undefined || loaded === 'failed') {
    return (
      <div className="screen safety-plan-view">
        <ScreenHeading>{t('title')}</ScreenHeading>
        {loaded === 'failed' ? <p className="notice">{t('loadFailed')}</p> : <p className="loading">{t('loading')}</p>}
        <p>{back}</p>
      </div>
    );
  }

  const startEditing = () => {
    requestFocusOnNextScreen();
    setHasJustSaved(false);
    setDraft(draftFrom(current?.plan));
  };
  const continueKept = () => {
    if (!kept) return;
    requestFocusOnNextScreen();
    setHasJustSaved(false);
    setDraft(kept.draft);
    setKept(undefined);
  };
  const stopEditing = (saved?: StoredPlan) => {
    requestFocusOnNextScreen();
    if (saved) {
      setLoaded({ current: saved, unreadable: loaded.unreadable });
      setHasJustSaved(true);
    }
    // Saved or left on purpose: a kept copy of the draft has nothing left to offer.
    forgetDrafts();
    setDraft(undefined);
  };

  if (draft) {
    return <PlanEditor saved={current} draft={draft} onDraftChange={setDraft} onSaved={stopEditing} onCancel={() => stopEditing()} />;
  }
  return (
    <PlanView
      plan={current?.plan}
      unreadable={loaded.unreadable}
      hasJustSaved={hasJustSaved}
      onEdit={startEditing}
      back={back}
      keptDraft={kept && <KeptDraftOffer onContinue={continueKept} onDiscard={forgetDrafts} />}
    />
  );
}

/** After a lock took the editor away: her unsaved changes, hers to pick up or let go. */
function KeptDraftOffer({ onContinue, onDiscard }: { onContinue: () => void; onDiscard: () => void }) {
  const { t } = useTranslation('safetyplan');
  return (
    <section className="notice safety-plan-kept" aria-labelledby="safety-plan-kept-heading">
      <h2 id="safety-plan-kept-heading">{t('kept.heading')}</h2>
      <p>{t('kept.body')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onContinue}>
          {t('kept.continue')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDiscard}>
          {t('kept.discard')}
        </button>
      </div>
    </section>
  );
}
