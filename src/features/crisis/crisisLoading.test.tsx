import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { Suspense } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { db, installedPackRecord, type InstalledPackRecord } from '../../db';
import type { Pack, PfaScriptPack } from '../../content/schema';
import { preferencesStorageKey, resetPreferencesCache } from '../../prefs/preferences';
import { CrisisRoute } from './CrisisRoute';
import { resumeStorageKey } from './resumeStore';

/*
 * How the crisis screen gets its content: from the database, only what the first screen needs,
 * with the check a script passes before it runs. Module state (what was read, which scripts were
 * refused) lives for the whole file, as it lives for a whole visit in the app.
 */

// The first tap on a situation loads (and here transforms) the step screens' modules: slow in jsdom.
configure({ asyncUtilTimeout: 5_000 });

const contentDir = join(import.meta.dirname, '../../../content');
const readPack = (path: string) => JSON.parse(readFileSync(join(contentDir, path), 'utf8')) as Pack;
const scriptFiles = (language: string) => readdirSync(join(contentDir, 'scripts')).filter((file) => file.endsWith(`.${language}.json`));
const englishScripts = scriptFiles('en').map((file) => readPack(`scripts/${file}`) as PfaScriptPack);

function installed(pack: Pack): InstalledPackRecord {
  return installedPackRecord(
    pack,
    { title: pack.title, version: 1, sha256: '0'.repeat(64), length: 2 },
    'builtin',
    '2026-01-01T00:00:00.000Z',
  );
}

async function install(packs: Pack[]) {
  await db.packs.bulkPut(packs.map(installed));
}

function chooseEnglishAndPeru() {
  localStorage.setItem(preferencesStorageKey, JSON.stringify({ language: 'en', country: 'PE' }));
  resetPreferencesCache();
}

/**
 * Renders the route as the app does (inside a Suspense boundary) and lets React finish: the
 * screen waits for the database, and a wait inside a test must happen in an awaited act().
 */
async function openCrisisSupport() {
  window.history.replaceState(null, '', '/crisis');
  await act(async () => {
    render(
      <Suspense fallback={null}>
        <CrisisRoute />
      </Suspense>,
    );
    // Inside act, so the reads the first render waits for can come in and React retry.
    await Promise.resolve();
  });
}

const situations = async () => {
  await screen.findByRole('heading', { level: 2, name: 'What is happening?' });
  return [...document.querySelectorAll<HTMLButtonElement>('.crisis-script')];
};

beforeAll(async () => {
  // The screens' strings load on first use; load them once here, so no test waits on the first.
  if (!i18next.isInitialized) await initI18n('en');
  await i18next.loadNamespaces(['crisis', 'speech']);
});

beforeEach(async () => {
  chooseEnglishAndPeru();
  sessionStorage.clear();
  await install([
    ...englishScripts,
    ...scriptFiles('es').map((file) => readPack(`scripts/${file}`)),
    readPack('directory/pe.json'),
    readPack('exercises/breathing-slow.en.json'),
  ]);
});

afterEach(async () => {
  await db.packs.clear();
});

describe('opening crisis support', { timeout: 20_000 }, () => {
  it('lists the situations of the person’s language only, after the button for danger', async () => {
    await openCrisisSupport();
    const listed = await situations();
    expect(listed.map((button) => button.querySelector('.card-button-title')?.textContent).sort()).toEqual(
      englishScripts.map((script) => script.title).sort(),
    );
    expect(screen.getByRole('link', { name: 'Someone is in danger right now' })).toBeInTheDocument();
    expect(screen.queryByText('Ataque de pánico')).not.toBeInTheDocument();
  });

  it('opens a situation on its safety check, and names the country of the numbers once the screen has settled', async () => {
    await openCrisisSupport();
    expect(await screen.findByText('Numbers shown for: Peru.', { exact: false })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^Panic attack/ }));
    const panic = englishScripts.find((script) => script.crisisType === 'panic');
    expect(await screen.findByText(panic?.steps[0]?.text ?? 'missing')).toBeInTheDocument();
  });

  it('resumes a run saved before an interruption, on its step', async () => {
    const panic = englishScripts.find((script) => script.crisisType === 'panic');
    if (!panic) throw new Error('no panic script');
    const second = panic.steps.find((step) => step.id === 'introduce');
    sessionStorage.setItem(
      resumeStorageKey,
      JSON.stringify({
        version: 1,
        scriptId: panic.id,
        startedAt: Date.now(),
        current: 'introduce',
        trail: [{ stepId: panic.start, choice: 'no' }],
      }),
    );
    await openCrisisSupport();
    expect(await screen.findByText(second?.text ?? 'missing')).toBeInTheDocument();
  });

  it('forgets a saved run that no longer fits the script, and opens on the list', async () => {
    const panic = englishScripts.find((script) => script.crisisType === 'panic');
    sessionStorage.setItem(
      resumeStorageKey,
      JSON.stringify({ version: 1, scriptId: panic?.id, startedAt: 0, current: 'nowhere', trail: [] }),
    );
    await openCrisisSupport();
    expect(await situations()).toHaveLength(englishScripts.length);
    expect(sessionStorage.getItem(resumeStorageKey)).toBeNull();
  });

  it('does not run a damaged script: back on the list, it is gone and the list says why', async () => {
    const panic = englishScripts.find((script) => script.crisisType === 'panic');
    if (!panic) throw new Error('no panic script');
    // A step that points nowhere: the list can show it, but it would strand the Companion.
    const damaged = {
      ...panic,
      steps: panic.steps.map((step) => (step.id === 'introduce' && 'next' in step ? { ...step, next: 'gone' } : step)),
    };
    await install([damaged]);
    await openCrisisSupport();
    await userEvent.click(await screen.findByRole('button', { name: /^Panic attack/ }));
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('One guide could not be opened because it is damaged.');
    expect(screen.queryByRole('button', { name: /^Panic attack/ })).not.toBeInTheDocument();
    expect(await situations()).toHaveLength(englishScripts.length - 1);
    expect(screen.queryByText(panic.steps[0]?.text ?? 'missing')).not.toBeInTheDocument();
    // Nothing of the refused run is kept to be resumed later.
    expect(sessionStorage.getItem(resumeStorageKey)).toBeNull();
  });
});

describe('on a phone whose content has not arrived yet', { timeout: 20_000 }, () => {
  it('says so, then lists the situations as soon as they are installed', async () => {
    await db.packs.clear();
    await openCrisisSupport();
    expect(await screen.findByText(/The crisis guides are being installed on this phone/)).toBeInTheDocument();
    await install(englishScripts);
    expect(await screen.findByRole('button', { name: /^Thoughts of suicide/ })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/being installed on this phone/)).not.toBeInTheDocument());
  });
});
