import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatReportCsv, withCounted, type ActivityReport } from '../../content/activityReport';
import { updatePreferences } from '../../prefs/preferences';
import { renderWithProviders } from '../../../tests/render';
import { installedScript } from '../crisis/engine/testScripts';
import { advance, startRun, visitedSteps } from '../crisis/engine/scriptEngine';
import { countCrisisRun, countFollowUpAgreed, countingSettled, countModuleDone } from './counting';
import { forgetCountingSettings, setCountingOn } from './countingSwitch';
import type { DatedEvent } from './counting';
import { eraseVaultStorage } from '../../db/vaultStore';
import { createVault, lock, refreshVaultState } from '../../vault';
import { resetVaultMemoryForTests } from '../../vault/session';
import type * as DirectoryModule from '../directory';

// The store stands in for the vault here (the browser test uses the real one): what it is handed is
// exactly what would be written.
const handed: DatedEvent[][] = [];
vi.mock('./countStore', () => ({
  addCounts: (events: DatedEvent[]) => {
    handed.push(events);
    return Promise.resolve();
  },
}));
// The QR code's payload, as the directory's QR component would be given it.
const qrPayloads: string[] = [];
vi.mock('../directory', async (importOriginal) => ({
  ...(await importOriginal<typeof DirectoryModule>()),
  QrCode: ({ text }: { text: string }) => {
    qrPayloads.push(text);
    return null;
  },
}));

const marker = {
  title: 'TITLE-Rosa-7731',
  text: 'STEP-she-said-QX41',
  label: 'LABEL-pills-QX42',
  note: 'NOTE-calle-Lima-QX43',
  who: 'Rosa Quispe',
};

const script = installedScript({
  schemaVersion: 1,
  id: 'pfa-planted-en',
  kind: 'pfa-script',
  locale: 'en',
  title: marker.title,
  summary: 'A script whose every word is a marker.',
  crisisType: 'suicide',
  start: 'safety',
  steps: [
    {
      id: 'safety',
      type: 'choose',
      phase: 'look',
      text: marker.text,
      note: marker.note,
      options: [
        { id: 'yes', label: marker.label, next: 'numbers' },
        { id: 'no', label: 'No', next: 'listen' },
      ],
    },
    { id: 'numbers', type: 'link', phase: 'look', text: marker.text, needs: ['emergency', 'crisis-line'], next: 'listen' },
    { id: 'listen', type: 'ask', phase: 'listen', text: marker.text, next: 'done' },
    { id: 'done', type: 'end', phase: 'close', text: marker.text },
  ],
});

function runToEnd(choice: 'yes' | 'no') {
  let run = advance(script, startRun(script, Date.UTC(2026, 10, 14, 23, 41)), choice);
  while (script.steps.find((step) => step.id === run.current)?.type !== 'end') run = advance(script, run);
  return visitedSteps(script, run, [script]);
}

beforeEach(() => {
  handed.length = 0;
  qrPayloads.length = 0;
  localStorage.clear();
  forgetCountingSettings();
});
afterEach(() => {
  localStorage.clear();
  forgetCountingSettings();
});

describe('counting', () => {
  it('counts nothing while the switch is off, as it is until she turns it on', async () => {
    countCrisisRun('suicide', runToEnd('yes'));
    countFollowUpAgreed('call');
    countModuleDone('course-02-oars');
    await countingSettled();
    expect(handed).toEqual([]);
  });

  it('counts a run by situation, its danger branch and each kind of service offered, once it is on', async () => {
    setCountingOn(true);
    countCrisisRun('suicide', runToEnd('yes'));
    countCrisisRun('suicide', runToEnd('no'));
    await countingSettled();
    const events = handed.flat().map(({ measure, key }) => `${measure}:${key}`);
    expect(events).toEqual([
      'crisis-run:suicide',
      'danger-branch:suicide',
      'referral-offered:emergency',
      'referral-offered:crisis-line',
      'crisis-run:suicide',
    ]);
    expect(handed.flat().every((event) => /^\d{4}-\d{2}$/.test(event.month))).toBe(true);

    setCountingOn(false);
    countCrisisRun('panic', runToEnd('no'));
    await countingSettled();
    expect(handed.flat()).toHaveLength(5);
  });
});

describe('what would leave the phone', () => {
  it('holds only months, fixed words and counts: none of the run’s words, no day, no time, no place', async () => {
    updatePreferences({ country: 'PE', subdivision: 'PE-LIM' });
    setCountingOn(true);
    countCrisisRun('suicide', runToEnd('yes'));
    countFollowUpAgreed('visit');
    countModuleDone('course-02-oars');
    await countingSettled();
    const report = handed.flat().reduce<ActivityReport>((counted, event) => withCounted(counted, event), []);

    const { SendReport } = await import('./SendReport');
    await renderWithProviders(
      <>
        <h1>Report</h1>
        <SendReport report={report} />
      </>,
    );
    const user = userEvent.setup();
    // Counted this month, which is not over: nothing is chosen until she ticks it.
    expect(screen.queryByRole('button', { name: 'Copy as text' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /not over yet/ }));
    // The buttons' own words (the directory's) may still be loading the first time they show.
    await user.click(await screen.findByRole('button', { name: 'Copy as text' }));
    await user.click(screen.getByRole('button', { name: 'Show as a QR code' }));
    await waitFor(() => expect(qrPayloads.length).toBeGreaterThan(0));
    const copied = await navigator.clipboard.readText();
    const preview = document.querySelector('.report-preview')?.textContent ?? '';

    const csv = formatReportCsv(report);
    expect(preview).toBe(csv);
    expect(copied).toBe(csv);
    expect(qrPayloads.at(-1)).toBe(csv);
    for (const sent of [csv, copied, qrPayloads.at(-1) ?? '']) {
      for (const planted of Object.values(marker)) expect(sent).not.toContain(planted);
      expect(sent).not.toMatch(/\d{4}-\d{2}-\d{2}/); // no day
      expect(sent).not.toMatch(/\d{1,2}:\d{2}/); // no time
      expect(sent).not.toMatch(/\bPE\b|LIM/); // no country, no region
      // Every row is a month, a measure, a key and a count: nothing else can ride along.
      for (const line of sent.trimEnd().split('\n').slice(2)) expect(line).toMatch(/^\d{4}-\d{2},[a-z-]+,[a-z0-9-]+,\d+$/);
    }
    expect(csv).toContain('follow-up-agreed,visit,1');
    expect(csv).toContain('module-done,course-02-oars,1');
  });

  it('sends only the months she chooses, the last month that is over unless she chooses others', async () => {
    const row = (month: string, count: number) => ({ month, measure: 'crisis-run' as const, key: 'panic', count });
    const report: ActivityReport = [row('2026-10', 4), row('2026-11', 7), row('2026-12', 2)];
    const { SendReport } = await import('./SendReport');
    await renderWithProviders(
      <>
        <h1>Report</h1>
        <SendReport report={report} now={new Date(2026, 11, 15, 12)} />
      </>,
    );
    const user = userEvent.setup();
    const preview = () => document.querySelector('.report-preview')?.textContent ?? '';

    expect(preview()).toBe(formatReportCsv([row('2026-11', 7)]));
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    expect(await navigator.clipboard.readText()).toBe(formatReportCsv([row('2026-11', 7)]));

    await user.click(screen.getByRole('checkbox', { name: 'October 2026' }));
    await user.click(screen.getByRole('checkbox', { name: 'November 2026' }));
    expect(screen.getByRole('checkbox', { name: 'December 2026 (not over yet)' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    expect(await navigator.clipboard.readText()).toBe(formatReportCsv([row('2026-10', 4)]));

    await user.click(screen.getByRole('checkbox', { name: 'October 2026' }));
    expect(screen.getByText('Choose at least one month to send.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy as text' })).not.toBeInTheDocument();
  });
});

describe('the counting switch', () => {
  beforeEach(async () => {
    lock('wipe');
    resetVaultMemoryForTests();
    await eraseVaultStorage();
    await refreshVaultState();
  });
  afterEach(() => lock('wipe'));

  it('cannot be turned on before there is a journal to keep the counts, and says so', async () => {
    const { CountingSection } = await import('./CountingSection');
    await renderWithProviders(
      <>
        <h1>Report</h1>
        <CountingSection />
      </>,
    );
    const toggle = screen.getByRole('checkbox', { name: 'Count my activity for a report' });
    await waitFor(() => expect(toggle).toBeDisabled());
    expect(toggle).toHaveAccessibleDescription(/^Counting needs your journal/);
    await userEvent.setup().click(toggle);
    expect(toggle).not.toBeChecked();
    expect(localStorage.getItem('companera.report.v1')).toBeNull();
  });

  it('is off until she turns it on, beside what is and is not kept, in her language', async () => {
    await createVault('seven lanterns by the river');
    const { CountingSection } = await import('./CountingSection');
    await renderWithProviders(
      <>
        <h1>Informe</h1>
        <CountingSection />
      </>,
      { language: 'es' },
    );
    const toggle = screen.getByRole('checkbox', { name: 'Contar mi actividad para un informe' });
    expect(toggle).not.toBeChecked();
    expect(screen.getByText('El conteo está desactivado: no se cuenta nada.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Qué nunca se guarda' })).toBeInTheDocument();
    expect(screen.getByText('Ni el día ni la hora: solo el mes.')).toBeInTheDocument();
    expect(toggle).toHaveAccessibleDescription(/cifradas con tu frase clave.*memoria de la app/);

    await userEvent.setup().click(toggle);
    expect(toggle).toBeChecked();
    expect(JSON.parse(localStorage.getItem('companera.report.v1') ?? 'null')).toEqual({ isOn: true });
    expect(screen.getByText('El conteo está activado.')).toBeInTheDocument();
  });
});
