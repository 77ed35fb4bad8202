import { lazy, Suspense, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/languages';
import type { PfaScriptPack } from '../../content/schema';
import { crisisTypes } from '../../content/vocabulary';
import { emergencyPageHref } from '../../content/emergencyPages';
import { isPlainLeftClick, Link } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useBrokenScriptIds } from './crisisContent';
import { useCountryName } from './CountryChoice';
import { notesPath } from './notes';
import { debriefsPath } from '../aftercare';
import { PrepareChecklist } from './PrepareChecklist';

// Only a phone with no guide needs it (it brings the directory code along): its own chunk.
const CrisisUnavailable = lazy(() => import('./CrisisUnavailable'));

const subscribeToNothing = () => () => undefined;
const isRunning = () => true;
const isPrerendered = () => false;

/**
 * The way in: danger first, as one big button that goes straight to the emergency numbers, then
 * the situations, each a script that itself opens with the safety check.
 */
export function ScriptPicker({
  scripts,
  country,
  language,
  onDanger,
  onStart,
  onChangeCountry,
}: {
  scripts: readonly PfaScriptPack[];
  country: string | undefined;
  language: Language;
  onDanger: (() => void) | undefined;
  onStart: (script: PfaScriptPack) => void;
  onChangeCountry: (() => void) | undefined;
}) {
  const { t } = useTranslation('crisis');
  const countryLabel = useCountryName(country, language);
  const hasBrokenScripts = useBrokenScriptIds().length > 0;
  // The build renders the link without a country; hydration keeps that, then the country's section is added.
  const knowsCountry = useSyncExternalStore(subscribeToNothing, isRunning, isPrerendered);
  const ordered = [...scripts].sort((a, b) => crisisTypes.indexOf(a.crisisType) - crisisTypes.indexOf(b.crisisType));
  return (
    <div className="screen crisis-picker">
      <ScreenHeading>{t('picker.title')}</ScreenHeading>
      {onDanger && (
        // A link, so it works before the app's code runs; in the running app it starts the danger flow here.
        <a
          className="button button-urgent crisis-danger"
          href={emergencyPageHref(language, knowsCountry ? country : undefined)}
          onClick={(event) => {
            if (!isPlainLeftClick(event)) return;
            event.preventDefault();
            onDanger();
          }}
        >
          {t('picker.danger')}
        </a>
      )}
      <PrepareChecklist />
      <h2 className="crisis-subheading">{t('picker.question')}</h2>
      {scripts.length === 0 && (
        <Suspense fallback={null}>
          <CrisisUnavailable country={country} language={language} />
        </Suspense>
      )}
      {hasBrokenScripts && (
        <p className="notice" role="status">
          {t('picker.brokenScript')}
        </p>
      )}
      {/* Compact cards, two a row: all nine situations fit a 360x740 screen under the danger button. */}
      <ul className="crisis-option-list crisis-script-grid">
        {ordered.map((script) => (
          <li key={script.id}>
            {/* The title comes first in the button's name, so voice control finds it by what it shows; the summary is read, not shown. */}
            <button type="button" className="card-button crisis-script" onClick={() => onStart(script)}>
              <span className="card-button-title">{script.title}</span>
              <span className="card-button-summary">{script.summary}</span>
            </button>
          </li>
        ))}
      </ul>
      {countryLabel && onChangeCountry && (
        <p className="hint">
          {t('picker.country', { country: countryLabel })}{' '}
          <button type="button" className="link-button" onClick={onChangeCountry}>
            {t('picker.changeCountry')}
          </button>
        </p>
      )}
      <p className="hint">{t('picker.privacy')}</p>
      <p>
        <Link to={notesPath} className="standalone-link">
          {t('picker.notes')}
        </Link>
      </p>
      <p>
        <Link to={debriefsPath} className="standalone-link">
          {t('picker.debriefs')}
        </Link>
      </p>
    </div>
  );
}
