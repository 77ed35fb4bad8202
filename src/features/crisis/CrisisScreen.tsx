import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { installedPacksOfKind, useLiveQuery } from '../../db';
import { fallbackLanguage } from '../../i18n/languages';
import type { PfaScriptPack } from '../../packs/schema';
import { updatePreferences } from '../../prefs/preferences';
import { usePreferences } from '../../prefs/usePreferences';
import { requestFocusOnNextScreen } from '../../ui/focusOnNavigation';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { CloseView } from './CloseView';
import { CountryChoice, countryName } from './CountryChoice';
import { advance, currentStep, goBack, isAtEnd, loadScript, restoreRun, savedScriptId, startRun, summariseRun, type RunSummary, type ScriptRun } from './engine/scriptEngine';
import { directoryCountries } from './referrals';
import { clearSavedRun, readSavedRun, saveRun } from './resumeStore';
import { ScriptPicker } from './ScriptPicker';
import { StepView } from './StepView';
import './crisis.css';

type View =
  | { kind: 'picker' }
  | { kind: 'run'; run: ScriptRun }
  | { kind: 'closed'; scriptId: string; summary: RunSummary; minutes: number };

/** Scripts are verified when installed; the engine checks them again, and a broken one is never offered. */
function runnableScripts(packs: readonly unknown[]): PfaScriptPack[] {
  return packs.flatMap((pack) => {
    const loaded = loadScript(pack);
    return loaded.ok ? [loaded.script] : [];
  });
}

function isChoiceOffered(script: PfaScriptPack, optionId: string): boolean {
  const first = currentStep(script, startRun(script, 0));
  return first.type === 'choose' && first.options.some((option) => option.id === optionId);
}

export function CrisisScreen() {
  const { t } = useTranslation('crisis');
  const preferences = usePreferences();
  const language = preferences.language ?? fallbackLanguage;
  const country = preferences.country;
  const scriptPacks = useLiveQuery(() => installedPacksOfKind('pfa-script', language), [language]);
  const directories = useLiveQuery(() => installedPacksOfKind('directory'), []);
  const exercises = useLiveQuery(() => installedPacksOfKind('exercise', language), [language]);
  const scripts = useMemo(() => (scriptPacks ? runnableScripts(scriptPacks) : undefined), [scriptPacks]);
  const [view, setView] = useState<View>({ kind: 'picker' });
  const [isChoosingCountry, setIsChoosingCountry] = useState(false);
  const [hasTriedResume, setHasTriedResume] = useState(false);

  // After a call or a reload, pick the run up where it was left (once, as soon as scripts are read).
  if (!hasTriedResume && scripts !== undefined) {
    setHasTriedResume(true);
    const saved = readSavedRun();
    const script = scripts.find((candidate) => candidate.id === savedScriptId(saved));
    const restored = script ? restoreRun(script, saved) : undefined;
    if (restored) setView({ kind: 'run', run: restored });
    else if (saved !== undefined) clearSavedRun();
  }

  const activeScript = view.kind === 'run' ? scripts?.find((script) => script.id === view.run.scriptId) : undefined;

  // The saved state follows the run, and is gone once the run reaches its end.
  useEffect(() => {
    if (view.kind !== 'run' || !activeScript) return;
    if (isAtEnd(activeScript, view.run)) clearSavedRun();
    else saveRun(view.run);
  }, [view, activeScript]);

  const countries = directories ? directoryCountries(directories) : [];
  const needsCountry = directories !== undefined && countries.length > 0 && (country === undefined || isChoosingCountry);

  if (scripts === undefined || directories === undefined || exercises === undefined) {
    return (
      <div className="screen">
        <ScreenHeading>{t('picker.title')}</ScreenHeading>
        <p className="loading">{t('loading')}</p>
      </div>
    );
  }

  if (needsCountry) {
    return (
      <CountryChoice
        countries={countries}
        language={language}
        onChoose={(code) => {
          requestFocusOnNextScreen();
          updatePreferences({ country: code });
          setIsChoosingCountry(false);
        }}
      />
    );
  }

  const show = (next: View) => {
    requestFocusOnNextScreen();
    setView(next);
  };

  if (view.kind === 'run' && activeScript) {
    const script = activeScript;
    const run = view.run;
    return (
      <StepView
        script={script}
        run={run}
        country={country}
        directories={directories}
        exercises={exercises}
        onAdvance={(choice) => setView({ kind: 'run', run: advance(script, run, choice) })}
        onBack={() => setView({ kind: 'run', run: goBack(run) })}
        onStop={() => {
          clearSavedRun();
          show({ kind: 'picker' });
        }}
        onFinish={() => {
          clearSavedRun();
          const minutes = Math.max(0, Math.round((Date.now() - run.startedAt) / 60_000));
          show({ kind: 'closed', scriptId: script.id, summary: summariseRun(script, run), minutes });
        }}
        onChangeCountry={() => setIsChoosingCountry(true)}
      />
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
      countryLabel={country ? countryName(country, language) : undefined}
      onDanger={canStartDanger ? startDanger : undefined}
      onStart={(script) => show({ kind: 'run', run: startRun(script, Date.now()) })}
      onChangeCountry={countries.length > 0 ? () => setIsChoosingCountry(true) : undefined}
    />
  );
}
