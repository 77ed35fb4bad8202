import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { fallbackLanguage } from '../../i18n/languages';
import type { DirectoryPack, PfaScriptPack } from '../../content/schema';
import { updatePreferences } from '../../prefs/preferences';
import { usePreferences } from '../../ui/usePreferences';
import { requestFocusOnNextScreen } from '../../ui/focusOnNavigation';
import { usePath } from '../../ui/router';
import { useTranslation } from 'react-i18next';
import { isLanguage, languageEndonyms } from '../../i18n/languages';
import { resumeSavedRun, scriptInOtherLanguage, useCrisisContent } from './crisisContent';
import { isScriptMarkedBroken } from './scriptChecks';
import { CountryChoice } from './CountryChoice';
import {
  advance,
  canGoBack,
  findStep,
  goBack,
  isAtEnd,
  startRun,
  summariseRun,
  switchScript,
  visitedSteps,
  type RunSummary,
  type ScriptRun,
} from './engine/scriptEngine';
import { NotesScreen, notesPath } from './notes';
import { DebriefsScreen, debriefsPath } from '../aftercare';
import { countCrisisRun } from '../report';
import { clearSavedRun, saveRun } from './resumeStore';
import { CloseView } from './closeViewLoader';
import { StepView } from './runViewsLoader';
import { ScriptPicker } from './ScriptPicker';
import { SituationSwitch } from './SituationSwitch';
import './crisis.css';
import { inAddressForm, useAddressForm } from '../../ui/packText';

// Asked once after the country, only where its services differ by province: loaded then, so the
// directory's code never weighs on the crisis screen's first paint.
const RegionChoice = lazy(async () => ({ default: (await import('../directory')).RegionChoice }));
const hasSubdivisions = (directories: readonly DirectoryPack[], country: string) =>
  directories.some((pack) => pack.country === country && pack.entries.some((entry) => entry.subdivision !== undefined));

type View =
  | { kind: 'picker' }
  // isSwitching: the Companion is picking another situation.
  | { kind: 'run'; run: ScriptRun; isSwitching?: boolean }
  | { kind: 'closed'; scriptId: string; summary: RunSummary; minutes: number };

function isChoiceOffered(script: PfaScriptPack, optionId: string): boolean {
  const first = findStep(script, script.start);
  return first?.type === 'choose' && first.options.some((option) => option.id === optionId);
}

export function CrisisScreen() {
  const preferences = usePreferences();
  const language = preferences.language ?? fallbackLanguage;
  const country = preferences.country;
  // Suspends until the scripts are read (crisisContent.ts says what is read when, and why).
  const content = useCrisisContent(language, country);
  const { directories, countries, exercises } = content;
  // Every screen of the run shows the scripts' text in the person's chosen form of address.
  const addressForm = useAddressForm();
  const scripts = useMemo(() => content.scripts.map((script) => inAddressForm(script, addressForm)), [content.scripts, addressForm]);
  // After a call or a reload, the run picks up where it was left.
  const [view, setView] = useState<View>(() => {
    const resumed = resumeSavedRun(scripts);
    return resumed ? { kind: 'run', run: resumed } : { kind: 'picker' };
  });
  const [isChoosingCountry, setIsChoosingCountry] = useState(false);
  // Asked right after the country, where its services differ by province (Canada), never later on its own.
  const [isChoosingRegion, setIsChoosingRegion] = useState(false);
  const path = usePath();

  const { t } = useTranslation('crisis');
  // A run resumed after a language switch, when this language has no script it could move to, goes on in its own.
  const activeScript =
    view.kind === 'run'
      ? (scripts.find((script) => script.id === view.run.scriptId) ?? scriptInOtherLanguage(view.run.scriptId))
      : undefined;

  // The saved state follows the run, and is gone once the run reaches its end.
  useEffect(() => {
    // A script the check just refused has sent the Companion back to the list: nothing to keep.
    if (view.kind !== 'run' || !activeScript || isScriptMarkedBroken(activeScript.id)) return;
    if (isAtEnd(activeScript, view.run)) clearSavedRun();
    else saveRun(view.run);
  }, [view, activeScript]);

  if (path.replace(/\/+$/, '') === notesPath) return <NotesScreen />;
  if (path.replace(/\/+$/, '') === debriefsPath) return <DebriefsScreen />;

  const needsCountry = countries.length > 0 && (country === undefined || isChoosingCountry);

  if (needsCountry) {
    return (
      <CountryChoice
        countries={countries}
        language={language}
        onChoose={(code) => {
          requestFocusOnNextScreen();
          updatePreferences({ country: code, subdivision: undefined });
          setIsChoosingCountry(false);
          setIsChoosingRegion(hasSubdivisions(directories, code));
        }}
      />
    );
  }

  if (isChoosingRegion && country !== undefined) {
    return (
      <Suspense fallback={null}>
        <RegionChoice
          country={country}
          packs={directories}
          onChosen={() => {
            requestFocusOnNextScreen();
            setIsChoosingRegion(false);
          }}
        />
      </Suspense>
    );
  }

  const show = (next: View) => {
    requestFocusOnNextScreen();
    setView(next);
  };

  if (view.kind === 'run' && activeScript && view.isSwitching) {
    const run = view.run;
    return (
      <SituationSwitch
        scripts={scripts.filter((script) => script.id !== run.scriptId)}
        onChoose={(target) => show({ kind: 'run', run: switchScript(run, target) })}
        onCancel={() => show({ kind: 'run', run })}
      />
    );
  }

  if (view.kind === 'run' && activeScript) {
    const script = activeScript;
    const run = view.run;
    const isInOtherLanguage = isLanguage(script.locale) && script.locale !== language;
    return (
      <>
        {isInOtherLanguage && (
          <p className="notice">
            {t('otherLanguage', { language: languageEndonyms[language], scriptLanguage: languageEndonyms[script.locale] })}
          </p>
        )}
        <StepView
          script={script}
          run={run}
          scripts={scripts}
          country={country}
          directories={directories}
          exercises={exercises}
          onAdvance={(choice) => setView({ kind: 'run', run: advance(script, run, choice, scripts) })}
          onBack={() => setView({ kind: 'run', run: goBack(run) })}
          onStop={() => {
            clearSavedRun();
            // A run stopped after its first step is a run for the report; a script refused before it showed is not.
            if (canGoBack(run)) countCrisisRun(script.crisisType, visitedSteps(script, run, scripts));
            show({ kind: 'picker' });
          }}
          onFinish={() => {
            clearSavedRun();
            // Counted only if she turned counting on; only the situation and the packs' words for its steps are read.
            countCrisisRun(script.crisisType, visitedSteps(script, run, scripts));
            const minutes = Math.max(0, Math.round((Date.now() - run.startedAt) / 60_000));
            show({ kind: 'closed', scriptId: script.id, summary: summariseRun(script, run, scripts), minutes });
          }}
          onChangeCountry={() => setIsChoosingCountry(true)}
          onChangeSituation={scripts.length > 1 ? () => show({ kind: 'run', run, isSwitching: true }) : undefined}
        />
      </>
    );
  }

  const closedScript = view.kind === 'closed' ? scripts.find((script) => script.id === view.scriptId) : undefined;
  if (view.kind === 'closed' && closedScript) {
    return <CloseView script={closedScript} summary={view.summary} minutes={view.minutes} onStartAgain={() => show({ kind: 'picker' })} />;
  }

  // "Someone is in danger" runs the general script with the safety check already answered "yes".
  const dangerScript = scripts.find((script) => script.crisisType === 'general-distress') ?? scripts[0];
  const canStartDanger = dangerScript !== undefined && isChoiceOffered(dangerScript, 'yes');
  const startDanger = () => {
    if (!dangerScript) return;
    show({ kind: 'run', run: advance(dangerScript, startRun(dangerScript, Date.now()), 'yes') });
  };

  return (
    <ScriptPicker
      scripts={scripts}
      country={country}
      language={language}
      onDanger={canStartDanger ? startDanger : undefined}
      onStart={(script) => show({ kind: 'run', run: startRun(script, Date.now()) })}
      onChangeCountry={countries.length > 0 ? () => setIsChoosingCountry(true) : undefined}
    />
  );
}
