import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/test';
import { installCrisisThenGoOffline } from './support/crisisOffline';
import { defaultScript, pathThrough } from './pages/CrisisPage';
import { ReportPage } from './pages/ReportPage';

const passphrase = 'seven lanterns by the river';

test('activity report: empty while counting is off; once on, an offline crisis run is counted and leaves only as counts in the CSV', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const report = new ReportPage(page, 'en');
  await installCrisisThenGoOffline(page, context, 'en');
  // A load while offline: from here the service worker serves every file.
  await page.goto('/crisis');
  const script = defaultScript('panic', 'en');

  // Counting is off until she turns it on: a run now is not counted.
  await report.script(script.title).click();
  await report.runToClose(pathThrough(script, 'no'));
  await report.openFromHome();
  await expect(report.countingSwitch()).not.toBeChecked();
  await report.setUpVault(passphrase);
  await expect(page.getByText(report.words.view.empty)).toBeVisible();
  await expectNoAxeViolations(page, 'report, counting off');

  // On, then a run through the danger branch, offline, with the journal still open.
  await report.countingSwitch().check();
  await expect(page.getByRole('status').filter({ hasText: report.words.counting.on })).toBeVisible();
  await report.headerAction('Crisis help').click();
  await report.script(script.title).click();
  await report.runToClose(pathThrough(script, 'yes'));
  await report.openFromHome();

  const situation = report.words.situations.panic ?? 'panic';
  await expect(report.row(report.words.view.allMonths, 'crisis-run', situation).getByRole('cell')).toHaveText('1');
  await expect(report.row(report.words.view.allMonths, 'danger-branch', situation).getByRole('cell')).toHaveText('1');
  await expect(page.getByRole('img', { name: new RegExp(report.words.view.chartTitle) })).toBeVisible();
  await expectNoAxeViolations(page, 'report with counts');

  // The run was counted this month, which is not over: only the months she ticks are sent.
  await page.getByRole('checkbox', { name: report.words.send.currentMonth.replace('{{month}}', '').trim() }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), report.button(report.words.send.file).click()]);
  expect(download.suggestedFilename()).toBe('activity-report.csv');
  const path = await download.path();
  const csv = await readFile(path, 'utf8');
  const lines = csv.trimEnd().split('\n');
  expect(lines.slice(0, 2)).toEqual(['compañera-activity-report,1', 'month,measure,key,count']);
  expect(lines).toContainEqual(expect.stringMatching(/^\d{4}-\d{2},crisis-run,panic,1$/));
  expect(lines).toContainEqual(expect.stringMatching(/^\d{4}-\d{2},danger-branch,panic,1$/));
  for (const line of lines.slice(2)) expect(line).toMatch(/^\d{4}-\d{2},[a-z-]+,[a-z0-9-]+,\d+$/);
  for (const step of script.steps) expect(csv).not.toContain(step.text.slice(0, 30));

  // Delete the counts: the report is empty again.
  await report.button(report.words.clear.button).click();
  await report.button(report.words.clear.yes).click();
  await expect(page.getByText(report.words.view.empty)).toBeVisible();
});
