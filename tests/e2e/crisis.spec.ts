import { expectNoAxeViolations } from './support/axe';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { installCrisisThenGoOffline, peru } from './support/crisisOffline';
import { goOffline, waitForOfflineReady } from './support/offline';
import { spokenSoFar, stubSpeech } from './support/speech';
import { dumpBrowserStorage, findInDump } from './support/storageDump';
import { CrisisPage, defaultScript, pathThrough, pathTo, scriptSlugs, vaultStrings, type UiLanguage } from './pages/CrisisPage';
import { JournalPage } from './pages/JournalPage';

const browserLocale: Record<UiLanguage, string> = { es: 'es-419', en: 'en', fr: 'fr-CA' };
const speechLanguage: Record<UiLanguage, string> = { es: 'es-419', en: 'en', fr: 'fr-CA' };
/** Peru's SAMU ambulance (106), the first number of the first entry of content/directory/pe.json: medical help before the police (105). */
const peruEmergencyTel = 'tel:106';

/** Crisis support installed with Peru chosen, then reloaded offline: everything after runs offline. */
async function openOffline(page: Page, context: BrowserContext, language: UiLanguage): Promise<CrisisPage> {
  const crisis = await installCrisisThenGoOffline(page, context, language);
  await page.goto('/crisis');
  await expect(crisis.scripts()).toHaveCount(scriptSlugs.length);
  return crisis;
}

for (const language of ['es', 'en', 'fr'] as const) {
  test.describe(`crisis scripts in ${language}, offline`, () => {
    test.use({ locale: browserLocale[language] });

    for (const slug of scriptSlugs) {
      test(`${slug}: the main path and the danger path run to the end, and the danger path calls Peru's emergency number`, async ({
        page,
        context,
      }) => {
        test.setTimeout(120_000);
        const script = defaultScript(slug, language);
        const crisis = await openOffline(page, context, language);

        for (const safetyAnswer of ['no', 'yes'] as const) {
          await crisis.script(script.title).click();
          for (const move of pathThrough(script, safetyAnswer)) {
            if (move.step.type === 'link' && move.step.needs.includes('emergency')) {
              await expect(crisis.callLinks().first()).toHaveAttribute('href', peruEmergencyTel);
              await expect(crisis.emergencyCall()).toHaveAttribute('href', peruEmergencyTel);
            }
            await crisis.take(move);
          }
          await expect(crisis.heading(crisis.strings.close.title)).toBeVisible();
          await page.getByRole('button', { name: new RegExp(crisis.strings.picker.title, 'i') }).click();
          await expect(crisis.heading(crisis.strings.picker.title)).toBeVisible();
        }
      });
    }

    test("suicide: a plan with the means at hand goes straight to the call step, which offers Peru's ambulance first", async ({
      page,
      context,
    }) => {
      test.setTimeout(120_000);
      const script = defaultScript('suicide', language);
      const crisis = await openOffline(page, context, language);
      await crisis.script(script.title).click();
      for (const move of pathTo(script, 'ask-means')) await crisis.take(move);
      const askMeans = script.steps.find((step) => step.id === 'ask-means');
      if (askMeans?.type !== 'choose') throw new Error('the suicide script has no means question');
      const hasMeans = askMeans.options.find((option) => option.id === 'yes');
      await crisis.take({ step: askMeans, optionLabel: hasMeans?.label ?? 'missing' });
      const call = script.steps.find((step) => step.id === 'emergency-numbers');
      await expect(crisis.stepText()).toHaveText(call?.text ?? 'missing');
      await expect(crisis.emergencyCall()).toHaveAttribute('href', peruEmergencyTel);
    });

    test('read-aloud speaks the step in the script language', async ({ page, context }) => {
      await stubSpeech(page, [speechLanguage[language], 'de-DE']);
      const crisis = await openOffline(page, context, language);
      const script = defaultScript('suicide', language);
      await crisis.script(script.title).click();
      await crisis.readAloud().click();
      await expect.poll(async () => (await spokenSoFar(page)).length).toBe(1);
      const spoken = await spokenSoFar(page);
      expect(spoken[0]?.lang).toBe(speechLanguage[language]);
      expect(spoken[0]?.voice).toBe(speechLanguage[language]);
      expect(spoken[0]?.text).toContain(script.steps[0]?.text);
    });
  });
}

test.describe('crisis support', () => {
  test('the crisis action is in the header of every screen and opens crisis support', async ({ page }) => {
    const crisis = new CrisisPage(page, 'en');
    for (const path of ['/', '/settings', '/selfcare']) {
      await crisis.open(path);
      await expect(crisis.headerAction('Crisis help')).toHaveAttribute('href', '/crisis');
    }
    await crisis.headerAction('Crisis help').click();
    await expect.poll(() => crisis.screenPath()).toBe('/crisis');
    await expect(crisis.heading(/Which country|Crisis support/)).toBeVisible();
  });

  test('back returns to the step before, and a reload resumes where the Companion was; the saved state holds only ids and is gone at the end', async ({
    page,
    context,
  }) => {
    const crisis = await openOffline(page, context, 'en');
    const script = defaultScript('general-distress', 'en');
    const moves = pathThrough(script, 'no');
    await crisis.script(script.title).click();
    for (const move of moves.slice(0, 3)) await crisis.take(move);
    await crisis.back().click();
    await expect(crisis.stepText()).toHaveText(moves[2]?.step.text ?? '');

    const saved = await page.evaluate(() => sessionStorage.getItem('companera.crisis.run.v1'));
    expect(saved).not.toBeNull();
    const parsed = JSON.parse(saved ?? '{}') as { scriptId: string; current: string; trail: unknown[] };
    expect(parsed.scriptId).toBe(script.id);
    expect(parsed.current).toBe(moves[2]?.step.id);
    for (const step of script.steps) expect(saved).not.toContain(step.text.slice(0, 30));

    await page.reload();
    await expect(crisis.stepText()).toHaveText(moves[2]?.step.text ?? '');
    for (const move of moves.slice(2)) await crisis.take(move);
    await expect(crisis.heading('You finished')).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.getItem('companera.crisis.run.v1'))).toBeNull();
  });

  test('the close shows a summary that is not stored, and the check-in offers self-care', async ({ page, context }) => {
    const crisis = await openOffline(page, context, 'en');
    const script = defaultScript('panic', 'en');
    await crisis.script(script.title).click();
    for (const move of pathThrough(script, 'yes')) await crisis.take(move);
    await expect(page.getByText('Services shown: Emergency')).toBeVisible();
    await page.getByRole('radio', { name: 'It was hard' }).check();
    await expect(page.getByRole('status').filter({ hasText: 'Be gentle with yourself' })).toBeVisible();
    await page.getByRole('link', { name: 'Self-care' }).click();
    await expect(crisis.heading('Self-care')).toBeVisible();
  });

  test('with no voice for the script language, read-aloud says so and how to add one', async ({ page, context }) => {
    await stubSpeech(page, ['fr-FR']);
    const crisis = await openOffline(page, context, 'en');
    await crisis.script(defaultScript('panic', 'en').title).click();
    await crisis.readAloud().click();
    await expect(page.getByRole('status').filter({ hasText: 'This phone has no voice for English yet' })).toContainText('Text-to-speech');
    expect(await spokenSoFar(page)).toEqual([]);
  });

  test('the crisis clock cues a Link after 20 minutes, calmly, and not once services were shown', async ({ page, context }) => {
    await page.clock.install();
    const crisis = await openOffline(page, context, 'en');
    const script = defaultScript('general-distress', 'en');
    await crisis.script(script.title).click();
    const moves = pathThrough(script, 'no');
    await crisis.take(moves[0] as (typeof moves)[number]);
    await expect(page.getByText('Started just now')).toBeVisible();
    await page.clock.fastForward('19:00');
    await expect(page.getByText('Started 19 minutes ago')).toBeVisible();
    await expect(page.getByText(/minutes have passed/)).toHaveCount(0);
    await page.clock.fastForward('01:30');
    await expect(page.getByRole('status').filter({ hasText: '20 minutes have passed' })).toBeVisible();

    await crisis.back().click();
    await crisis.take(pathThrough(script, 'yes')[0] as (typeof moves)[number]);
    await page.clock.fastForward('00:20');
    await expect(page.getByText(/minutes have passed/)).toHaveCount(0);
  });
});

test.describe('moving a run to another situation', () => {
  test('a handoff from general distress to suicide keeps the run: its steps, its clock, a reload and Back; changing situation keeps them too', async ({
    page,
    context,
  }) => {
    await page.clock.install();
    const crisis = await openOffline(page, context, 'en');
    const distress = defaultScript('general-distress', 'en');
    const suicide = defaultScript('suicide', 'en');
    const askStep = distress.steps.find(
      (step) => step.type === 'choose' && step.options.some((option) => option.handoff?.crisisType === 'suicide'),
    );
    if (askStep?.type !== 'choose') throw new Error('general distress has no handoff to suicide');
    const handoff = askStep.options.find((option) => option.handoff?.crisisType === 'suicide');
    const target = suicide.steps.find((step) => step.id === (handoff?.handoff?.step ?? suicide.start));
    const before = pathTo(distress, askStep.id);

    await crisis.script(distress.title).click();
    for (const move of before) await crisis.take(move);
    await page.clock.fastForward('06:00');
    await crisis.option(handoff?.label ?? '').click();
    await expect(crisis.stepText()).toHaveText(target?.text ?? '');
    await expect(crisis.heading(suicide.title)).toBeVisible();
    // The clock runs from the start of the run, and the step count goes on from the steps before.
    await expect(page.getByText('Started 6 minutes ago')).toBeVisible();
    await expect(page.getByText(`step ${before.length + 2}`)).toBeVisible();

    await page.reload();
    await expect(crisis.stepText()).toHaveText(target?.text ?? '');
    await expect(page.getByText('Started 6 minutes ago')).toBeVisible();
    await crisis.back().click();
    await expect(crisis.stepText()).toHaveText(askStep.text);

    // "Change situation" from any step: the other script starts, with the clock kept.
    await crisis.button(crisis.strings.actions.changeSituation).click();
    const panic = defaultScript('panic', 'en');
    await crisis.script(panic.title).click();
    await expect(crisis.stepText()).toHaveText(panic.steps.find((step) => step.id === panic.start)?.text ?? '');
    await expect(page.getByText('Started 6 minutes ago')).toBeVisible();
    await crisis.back().click();
    await expect(crisis.stepText()).toHaveText(askStep.text);
  });
});

test.describe('leaving a running script', () => {
  test('Stop asks first: "No, keep going" keeps the place, "Yes, stop" goes back to the list and forgets the run', async ({
    page,
    context,
  }) => {
    const crisis = await openOffline(page, context, 'en');
    const script = defaultScript('general-distress', 'en');
    const moves = pathThrough(script, 'no');
    await crisis.script(script.title).click();
    for (const move of moves.slice(0, 3)) await crisis.take(move);
    const place = moves[3]?.step.text ?? '';
    await expect(crisis.stepText()).toHaveText(place);

    await crisis.stop().click();
    await expect(crisis.stopQuestion()).toBeVisible();
    await expect(crisis.keepGoing()).toBeFocused();
    await crisis.keepGoing().click();
    await expect(crisis.stopQuestion()).toHaveCount(0);
    await expect(crisis.stepText()).toHaveText(place);
    await expect(page.getByText(/^Listen · step 4 of \d+$/)).toBeVisible();
    await crisis.back().click();
    await expect(crisis.stepText()).toHaveText(moves[2]?.step.text ?? '');
    await crisis.take(moves[2] as (typeof moves)[number]);

    await crisis.stop().click();
    await crisis.confirmStop().click();
    await expect(crisis.heading(crisis.strings.picker.title)).toBeVisible();
    await expect(crisis.scripts()).toHaveCount(scriptSlugs.length);
    expect(await page.evaluate(() => sessionStorage.getItem('companera.crisis.run.v1'))).toBeNull();
    await page.reload();
    await expect(crisis.scripts()).toHaveCount(scriptSlugs.length);
  });
});

test.describe("the Companion's private note", () => {
  const passphrase = 'copper lantern at dawn';
  const marker = 'QZV-companion-note-5519';

  test('nothing is stored unless the Companion saves; a saved note is only ciphertext, reads back after unlocking, and can be deleted', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    const crisis = await openOffline(page, context, 'en');
    const script = defaultScript('panic', 'en');
    await crisis.script(script.title).click();
    await crisis.runToClose(pathThrough(script, 'yes'));
    await page.getByRole('radio', { name: 'It was hard' }).check();

    // Not saved: no vault, no record, no trace of the run or the check-in anywhere but the public packs and the app's code.
    const before = await dumpBrowserStorage(page);
    expect(before.indexedDB.companera?.vaultRecords ?? []).toEqual([]);
    expect(before.indexedDB.companera?.vaultKeys ?? []).toEqual([]);
    expect(before.sessionStorage).toEqual({});
    for (const needle of [script.id, 'hard', 'companion-note'])
      expect(findInDump({ ...before, cacheStorage: {}, indexedDB: {} }, needle), needle).toEqual([]);

    // Save: the vault is set up right here, and the summary is still there afterwards.
    await crisis.button(crisis.strings.note.save).click();
    await expect(crisis.heading('Lock your journal')).toBeVisible();
    await page.getByRole('main').getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByRole('main').getByLabel('Type the passphrase again', { exact: true }).fill(passphrase);
    await crisis.button('Lock my journal').click();
    await expect(crisis.heading(crisis.strings.note.title)).toBeVisible();
    await expect(page.getByText('Services shown: Emergency')).toBeVisible();
    const field = crisis.noteField();
    for (const attribute of ['autocomplete', 'autocorrect', 'autocapitalize']) await expect(field).toHaveAttribute(attribute, 'off');
    await expect(field).toHaveAttribute('spellcheck', 'false');
    await field.fill(`Call back on Friday ${marker}`);
    await crisis.button(crisis.strings.note.saveButton).click();
    await expect(crisis.heading(crisis.strings.close.title)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: crisis.strings.note.saved })).toBeVisible();

    const afterSave = await dumpBrowserStorage(page);
    expect(findInDump(afterSave, marker)).toEqual([]);
    expect(findInDump(afterSave, passphrase)).toEqual([]);
    // Besides the note, the vault's sealed index of its records (src/vault/sealedIndex.ts), also ciphertext.
    const rows = ((afterSave.indexedDB.companera?.vaultRecords ?? []) as Record<string, unknown>[]).filter(
      (row) => row.kind !== 'vault-index',
    );
    expect(rows).toHaveLength(1);
    for (const row of rows) expect(row).toMatchObject({ kind: 'companion-note', ciphertext: expect.any(Array), iv: expect.any(Array) });
    // Nothing about the session is readable in the vault's rows: not the script, its type or the services.
    const vaultOnly = {
      ...afterSave,
      localStorage: {},
      sessionStorage: {},
      cacheStorage: {},
      indexedDB: { companera: { vaultRecords: rows } },
    };
    for (const needle of [script.title, script.id, 'panic', 'emergency', 'Services shown'])
      expect(findInDump(vaultOnly, needle), needle).toEqual([]);

    // Read it back, behind the vault.
    await crisis.link(crisis.strings.note.seeNotes).click();
    await expect(crisis.heading(crisis.strings.notes.title)).toBeVisible();
    await expect(crisis.savedNotes()).toHaveCount(1);
    await expect(crisis.savedNotes().first()).toContainText(marker);
    await expect(crisis.savedNotes().first()).toContainText(script.title);
    await crisis.button(crisis.strings.notes.lock).click();
    await expect(crisis.heading('Your journal is locked')).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText(marker);

    // A cold start: the note is still there, and only the passphrase opens it.
    await page.reload();
    await expect(crisis.heading('Your journal is locked')).toBeVisible();
    expect(findInDump(await dumpBrowserStorage(page), marker)).toEqual([]);
    await page.getByRole('main').getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await crisis.button('Open journal').click();
    await expect(crisis.heading(crisis.strings.notes.title)).toBeVisible();
    await expect(crisis.savedNotes().first()).toContainText(marker);

    await crisis.savedNotes().first().getByRole('button', { name: crisis.strings.notes.delete }).click();
    await crisis.savedNotes().first().getByRole('button', { name: crisis.strings.notes.deleteYes }).click();
    await expect(page.getByRole('status').filter({ hasText: crisis.strings.notes.deleted })).toBeFocused();
    await expect(crisis.savedNotes()).toHaveCount(0);
    await expect(page.getByText(crisis.strings.notes.empty)).toBeVisible();
    const left = (await dumpBrowserStorage(page)).indexedDB.companera?.vaultRecords ?? [];
    expect((left as { kind: string }[]).filter((row) => row.kind !== 'vault-index')).toEqual([]);
  });

  test('with the vault locked, it opens right there, and the summary and the words survive going back and forth', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    const crisis = await openOffline(page, context, 'en');
    // The journal was set up earlier and is locked now.
    const journal = new JournalPage(page);
    await journal.setUp(passphrase);
    await journal.lock();
    await page.goto('/crisis');
    const script = defaultScript('police-violence', 'en');
    await crisis.script(script.title).click();
    await crisis.runToClose(pathThrough(script, 'no'));
    const services = await page.getByText(/^Services shown:/).textContent();

    await crisis.button(crisis.strings.note.save).click();
    await expect(crisis.heading('Your journal is locked')).toBeVisible();
    await crisis.button(crisis.strings.note.backToSummary).click();
    await expect(crisis.heading(crisis.strings.close.title)).toBeVisible();
    await expect(page.getByText(services ?? '', { exact: true })).toBeVisible();

    await crisis.button(crisis.strings.note.save).click();
    await journal.unlock(passphrase);
    await expect(crisis.heading(crisis.strings.note.title)).toBeVisible();
    await expect(page.getByText(services ?? '', { exact: true })).toBeVisible();
    await crisis.noteField().fill(`draft ${marker}`);
    await crisis.button(crisis.strings.note.backToSummary).click();
    await crisis.button(crisis.strings.note.save).click();
    await expect(crisis.noteField()).toHaveValue(`draft ${marker}`);
    await crisis.button(crisis.strings.note.saveButton).click();
    await expect(page.getByRole('status').filter({ hasText: crisis.strings.note.saved })).toBeVisible();
    await crisis.link(crisis.strings.note.seeNotes).click();
    await expect(crisis.savedNotes()).toHaveCount(1);
    await expect(crisis.savedNotes().first()).toContainText(`draft ${marker}`);
  });
});

test.describe('crisis layout on a small phone, in Spanish (the longest words)', () => {
  test.use({ locale: 'es-419' });

  test('"Someone is in danger" shows Peru\'s emergency number first, one tap to call, with no scrolling at 360x640', async ({
    page,
    context,
  }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    const crisis = await openOffline(page, context, 'es');
    await crisis.dangerButton().click();
    await expect(crisis.callLinks().first()).toHaveAttribute('href', peruEmergencyTel);
    const call = crisis.emergencyCall();
    await expect(call).toHaveAttribute('href', peruEmergencyTel);
    await expect(call).toHaveAccessibleName(/106/);
    const box = await call.boundingBox();
    expect(box, 'the call button is on screen').toBeTruthy();
    if (box) {
      expect(box.y, 'in the lower half, within a thumb').toBeGreaterThan(320);
      expect(box.y + box.height, 'visible without scrolling').toBeLessThanOrEqual(640);
      expect(box.height).toBeGreaterThanOrEqual(48);
    }
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('after scrolling down a long step and answering, the next step opens at its top: the title clear of the quick-exit bar', async ({
    page,
    context,
  }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    const crisis = await openOffline(page, context, 'es');
    const script = defaultScript('general-distress', 'es');
    await crisis.script(script.title).click();
    const [first, second] = pathThrough(script, 'no');
    if (!first || !second) throw new Error('the script needs two steps');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await crisis.take(first);
    await expect(crisis.stepText()).toHaveText(second.step.text);
    const title = await crisis.heading(script.title).boundingBox();
    const bar = await page.locator('.quick-exit').boundingBox();
    expect(title && bar && title.y >= bar.y + bar.height, 'the title starts below the quick-exit bar').toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test("the safety check's answers sit at the bottom, all visible without scrolling at 360x640", async ({ page, context }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    const crisis = await openOffline(page, context, 'es');
    const script = defaultScript('sexual-violence', 'es');
    await crisis.script(script.title).click();
    const first = script.steps[0];
    if (first?.type !== 'choose') throw new Error('the script must open with the safety check');
    for (const option of first.options) {
      const box = await crisis.option(option.label).boundingBox();
      expect(box, option.label).toBeTruthy();
      if (box) {
        expect(box.y + box.height, option.label).toBeLessThanOrEqual(640);
        expect(box.y, `${option.label} is in the lower half`).toBeGreaterThan(320);
        expect(box.height).toBeGreaterThanOrEqual(48);
      }
    }
  });
});

test.describe('the Prepare checks on the way into a script, in Spanish at 360x640', () => {
  test.use({ locale: 'es-419' });

  test('sit folded between the danger button and the situations, open in one tap, count the ticks, and leave the safety check the whole screen', async ({
    page,
    context,
  }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    const crisis = await openOffline(page, context, 'es');
    const title = page.getByRole('heading', { level: 2, name: crisis.strings.prepare.title });
    const items = Object.values(crisis.strings.prepare.items);
    await expect(title).toBeInViewport();
    for (const item of items) await expect(page.getByRole('checkbox', { name: item })).toBeHidden();
    await expect(page.getByRole('link', { name: crisis.strings.picker.danger })).toBeInViewport();

    await title.click();
    for (const item of items) await page.getByRole('checkbox', { name: item }).check();
    await expect(page.getByText(`${items.length} de ${items.length}`)).toBeVisible();

    const script = defaultScript('general-distress', 'es');
    await crisis.script(script.title).click();
    await expect(crisis.stepText()).toHaveText(script.steps.find((step) => step.id === script.start)?.text ?? '');
    await expect(title).toHaveCount(0);
  });
});

/**
 * Walks the crisis screens every layout check must hold on, in Spanish: the picker, the safety
 * check (a choice), a say step, a timer with its exercise, the Link step and the close.
 */
async function visitLayoutScreens(crisis: CrisisPage, check: (where: string) => Promise<void>): Promise<void> {
  await check('picker');
  const script = defaultScript('general-distress', 'es');
  await crisis.script(script.title).click();
  const checked = new Set<string>();
  for (const move of pathThrough(script, 'no')) {
    await crisis.stepText().filter({ hasText: move.step.text }).waitFor();
    if (['choose', 'say', 'timer', 'link'].includes(move.step.type) && !checked.has(move.step.type)) {
      checked.add(move.step.type);
      await check(`${move.step.type} step "${move.step.id}"`);
    }
    await crisis.take(move);
  }
  await crisis.heading(crisis.strings.close.title).waitFor();
  await check('close');
  expect([...checked].sort()).toEqual(['choose', 'link', 'say', 'timer']);
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test.describe('crisis screens at 320 px and at 200% text, in Spanish', () => {
  test.use({ locale: 'es-419' });

  test('at 320 px wide, no crisis screen scrolls sideways', async ({ page, context }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 320, height: 640 });
    const crisis = await openOffline(page, context, 'es');
    await visitLayoutScreens(crisis, async (where) => {
      expect(await sidewaysOverflow(page), where).toBeLessThanOrEqual(0);
    });
  });

  test('at 200% text on a 360 px phone, nothing is cut off and every control can be scrolled into view', async ({ page, context }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 360, height: 640 });
    const crisis = await openOffline(page, context, 'es');
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await visitLayoutScreens(crisis, async (where) => {
      expect(await sidewaysOverflow(page), where).toBeLessThanOrEqual(0);
      // Text wider than its box (a long word, a nowrap label) would be cut off or spill out.
      const clipped = await page.getByRole('main').evaluate((main) =>
        Array.from(main.querySelectorAll<HTMLElement>('h1, h2, p, li, label, legend, button, a'))
          .filter((element) => element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1)
          .map((element) => `${element.tagName.toLowerCase()} "${element.textContent.trim().slice(0, 40)}"`),
      );
      expect(clipped, where).toEqual([]);
      const controls = page.getByRole('main').locator('button:visible, a:visible');
      for (let index = 0; index < (await controls.count()); index++) {
        const control = controls.nth(index);
        await control.scrollIntoViewIfNeeded();
        await expect(control, `${where}: ${(await control.textContent()) ?? ''}`).toBeInViewport();
      }
      await page.evaluate(() => window.scrollTo(0, 0));
    });
  });

  test("at 360x640, each screen's main action is on screen without scrolling", async ({ page, context }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 360, height: 640 });
    const crisis = await openOffline(page, context, 'es');
    const strings = crisis.strings;
    const mainAction: Record<string, () => ReturnType<CrisisPage['button']>> = {
      picker: () => crisis.dangerButton(),
      choose: () => page.getByRole('group').getByRole('button').last(),
      say: () => crisis.next(),
      timer: () => crisis.next(),
      link: () => crisis.callLinks().first(),
      close: () => crisis.button(strings.note.save),
    };
    await visitLayoutScreens(crisis, async (where) => {
      const action = mainAction[where.split(' ')[0] ?? ''];
      if (!action) throw new Error(`no main action for ${where}`);
      // The app may have moved the focus (and the page) to the step's words; the person has not scrolled.
      const box = await action().boundingBox();
      expect(box, where).toBeTruthy();
      if (box) {
        expect(box.y, where).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, where).toBeLessThanOrEqual(640);
        expect(box.height, where).toBeGreaterThanOrEqual(48);
      }
    });
  });
});

for (const locale of ['es-419', 'en', 'fr-CA']) {
  const language = locale.slice(0, 2) as UiLanguage;
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`crisis screens, ${locale}, ${colorScheme}`, () => {
      test.use({ locale, colorScheme });

      test('axe finds no WCAG A/AA violation on the country choice, the picker, every step screen and the close', async ({
        page,
        context,
      }) => {
        test.setTimeout(180_000);
        const crisis = new CrisisPage(page, language);
        await page.goto('/crisis');
        await expect(crisis.heading(crisis.strings.country.title)).toBeVisible({ timeout: 30_000 });
        await expectNoAxeViolations(page, 'country');
        await crisis.country(peru[language]).click();
        await expect(crisis.scripts()).toHaveCount(scriptSlugs.length, { timeout: 30_000 });
        await waitForOfflineReady(page);
        await goOffline(context);
        // The first page was not yet served by the service worker; from here everything is.
        await page.goto('/crisis');
        await expect(crisis.scripts()).toHaveCount(scriptSlugs.length);
        await expectNoAxeViolations(page, 'picker');

        const script = defaultScript('general-distress', language);
        const seen = new Set<string>();
        for (const safetyAnswer of ['yes', 'no'] as const) {
          await crisis.script(script.title).click();
          for (const move of pathThrough(script, safetyAnswer)) {
            await crisis.stepText().filter({ hasText: move.step.text }).waitFor();
            if (!seen.has(move.step.id)) await expectNoAxeViolations(page, move.step.id);
            seen.add(move.step.id);
            await crisis.take(move);
          }
          await expectNoAxeViolations(page, 'close');
          await page.getByRole('button', { name: new RegExp(crisis.strings.picker.title, 'i') }).click();
        }
        // Every kind of step was checked at least once.
        const kinds = new Set(script.steps.filter((step) => seen.has(step.id)).map((step) => step.type));
        expect([...kinds].sort()).toEqual(['ask', 'checklist', 'choose', 'end', 'link', 'say', 'timer']);
      });

      test('axe finds no WCAG A/AA violation on the stop question, the private-note screens and My crisis notes', async ({
        page,
        context,
      }) => {
        test.setTimeout(180_000);
        const crisis = await openOffline(page, context, language);
        const passphrase = 'granite meadow lantern';
        await page.goto('/crisis/notes');
        await expect(crisis.heading(crisis.strings.notes.title)).toBeVisible();
        await expectNoAxeViolations(page, 'notes, no vault yet');
        await crisis.link(crisis.strings.notes.back).click();

        const script = defaultScript('panic', language);
        await crisis.script(script.title).click();
        await crisis.stop().click();
        await expect(crisis.stopQuestion()).toBeVisible();
        await expectNoAxeViolations(page, 'stop question');
        await crisis.keepGoing().click();
        await crisis.runToClose(pathThrough(script, 'yes'));

        await crisis.button(crisis.strings.note.save).click();
        await expect(crisis.heading(vaultStrings(language).setup.title)).toBeVisible();
        await expectNoAxeViolations(page, 'note, vault set-up');
        await crisis.setUpVault(passphrase);
        await expect(crisis.noteField()).toBeVisible();
        await expectNoAxeViolations(page, 'note form');
        await crisis.noteField().fill('x'.repeat(2_001));
        await crisis.button(crisis.strings.note.saveButton).click();
        await expect(page.getByRole('main').getByRole('alert')).toBeVisible();
        await expectNoAxeViolations(page, 'note form, too long');
        await crisis.noteField().fill('Seguimiento / follow-up / suivi');
        await crisis.button(crisis.strings.note.saveButton).click();
        await expect(page.getByRole('status').filter({ hasText: crisis.strings.note.saved })).toBeVisible();
        await expectNoAxeViolations(page, 'close, note saved');

        await crisis.link(crisis.strings.note.seeNotes).click();
        await expect(crisis.savedNotes()).toHaveCount(1);
        await expectNoAxeViolations(page, 'notes');
        await crisis.savedNotes().first().getByRole('button', { name: crisis.strings.notes.delete }).click();
        await expectNoAxeViolations(page, 'notes, delete question');
        await crisis.button(crisis.strings.notes.lock).click();
        await expect(crisis.heading(vaultStrings(language).unlock.title)).toBeVisible();
        await expectNoAxeViolations(page, 'notes, locked');
      });
    });
  }
}

/*
 * Referral routing (content guide, "Referral routing: police can be the danger"), offline. The
 * numbers a person must get first are written here from public sources, not from the packs:
 * Peru's SAMU ambulance 106, before the police 105 and the highway police 110 (infobae.com
 * 2026-01-06; exitosanoticias.pe 2025-12-31); Paraguay's SEME ambulance, 021-141 from a mobile
 * phone (141 is from a landline), before the police-run 911 (rdn.com.py 2026-01-22); Canada's 911 sends police, fire and ambulance, and
 * Québec routes 988 calls to 1-866-APPELLE, listed first there (newswire.ca 2023-11-30).
 */
const firstCallInSpanish: Record<string, string | undefined> = {
  Perú: 'tel:106',
  Paraguay: 'tel:021141',
  Argentina: undefined,
  'Costa Rica': undefined,
  Guatemala: undefined,
  Nicaragua: undefined,
};
const peruPoliceTels = ['tel:105', 'tel:110'];

test.describe('referral routing, offline, es-419', () => {
  test.use({ locale: 'es-419' });

  test('es-419: in six pilot countries the danger step calls medical or rescue help first and says what it sends; the police-violence script offers no police; the picker fits 360x740', async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 360, height: 740 });
    const crisis = await openOffline(page, context, 'es');

    // Every situation and the danger button above them, on one screen without scrolling.
    const danger = await crisis.dangerButton().boundingBox();
    for (const card of await crisis.scripts().all()) {
      const box = await card.boundingBox();
      expect(box && danger && box.y > danger.y + danger.height - 1, 'below the danger button').toBe(true);
      expect(box && box.y + box.height <= 740, `${(await card.textContent()) ?? ''} fits without scrolling`).toBe(true);
    }

    for (const [country, expectedFirst] of Object.entries(firstCallInSpanish)) {
      await crisis.chooseCountry(country);
      await crisis.dangerButton().click();
      const first = crisis.dangerCalls().first();
      await expect(first, country).toHaveAttribute('href', expectedFirst ?? /^tel:/);
      // Its label names what it sends, and that is more than the police alone.
      await expect(first, country).toHaveAccessibleName(/Envía: .*(ambulancia|bomberos)/);
      await crisis.stop().click();
      await crisis.confirmStop().click();
    }

    await crisis.chooseCountry('Perú');
    const script = defaultScript('police-violence', 'es');
    for (const safetyAnswer of ['yes', 'no'] as const) {
      await crisis.script(script.title).click();
      for (const move of pathThrough(script, safetyAnswer)) {
        if (move.step.type === 'link') {
          await crisis.stepText().filter({ hasText: move.step.text }).waitFor();
          await expect(crisis.page.locator('.directory-referrals')).toBeVisible();
          const hrefs = await crisis.callLinks().evaluateAll((links) => links.map((link) => link.getAttribute('href')));
          for (const police of peruPoliceTels) expect(hrefs, `${move.step.id}: no police number`).not.toContain(police);
          await expect(crisis.policeLines().filter({ hasText: 'Puede enviar o llamar a la policía' }), move.step.id).toHaveCount(0);
        }
        await crisis.take(move);
      }
      await crisis.heading(crisis.strings.close.title).waitFor();
      await page.getByRole('button', { name: new RegExp(crisis.strings.picker.title, 'i') }).click();
    }
  });
});

test.describe('referral routing, offline, fr-CA', () => {
  test.use({ locale: 'fr-CA' });

  test('fr-CA: in Québec the danger step offers 911 saying it sends the police too, and Québec and national services come before any other province', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    const crisis = await openOffline(page, context, 'fr');
    await crisis.chooseCountry('Canada', 'Québec');
    await crisis.dangerButton().click();
    const first = crisis.dangerCalls().first();
    await expect(first).toHaveAttribute('href', 'tel:911');
    await expect(first).toHaveAccessibleName(/Envoie : ambulance.*police.*Il envoie aussi la police/);
    await crisis.stop().click();
    await crisis.confirmStop().click();

    const script = defaultScript('suicide', 'fr');
    await crisis.script(script.title).click();
    const moves = pathThrough(script, 'no');
    for (const move of moves) {
      if (move.step.type === 'link') {
        await crisis.stepText().filter({ hasText: move.step.text }).waitFor();
        await expect(crisis.serviceNames().first()).toBeVisible();
        const names = await crisis.serviceNames().allTextContents();
        const appelle = names.findIndex((name) => name.includes('APPELLE'));
        const national988 = names.findIndex((name) => /9-?8-?8/.test(name));
        expect(appelle, names.join(' | ')).toBeGreaterThanOrEqual(0);
        expect(appelle, 'Québec lists 1-866-APPELLE before 988').toBeLessThan(national988);
        // No other province's service is listed unless asked for.
        expect(
          names.filter((name) => /British Columbia|Colombie|Vancouver|Toronto|BC\b/.test(name)),
          names.join(' | '),
        ).toEqual([]);
      }
      await crisis.take(move);
    }
  });
});
