import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { goOffline, waitForOfflineReady } from './support/offline';
import { CrisisPage, defaultScript, pathThrough, scriptSlugs, type UiLanguage } from './pages/CrisisPage';

const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const browserLocale: Record<UiLanguage, string> = { es: 'es-419', en: 'en', fr: 'fr-CA' };
const speechLanguage: Record<UiLanguage, string> = { es: 'es-419', en: 'en', fr: 'fr-CA' };
const peru: Record<UiLanguage, string> = { es: 'Perú', en: 'Peru', fr: 'Pérou' };
/** Peru's police emergency line, the first number of the first entry of content/directory/pe.json. */
const peruEmergencyTel = 'tel:105';

/**
 * One online visit (the service worker installs and the built-in packs sync), the country chosen,
 * then the network is cut: everything after runs offline.
 */
async function openOffline(page: Page, context: BrowserContext, language: UiLanguage): Promise<CrisisPage> {
  const crisis = new CrisisPage(page, language);
  await page.goto('/crisis');
  await expect(crisis.heading(crisis.strings.country.title)).toBeVisible({ timeout: 30_000 });
  await waitForOfflineReady(page);
  await crisis.country(peru[language]).click();
  await expect(crisis.scripts()).toHaveCount(7, { timeout: 30_000 });
  await goOffline(context);
  await page.goto('/crisis');
  await expect(crisis.scripts()).toHaveCount(7);
  return crisis;
}

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagAA).analyze();
  expect(results.violations.map((violation) => `${where}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const language of ['es', 'en', 'fr'] as const) {
  test.describe(`crisis scripts in ${language}, offline`, () => {
    test.use({ locale: browserLocale[language] });

    for (const slug of scriptSlugs) {
      test(`${slug}: the main path and the danger path run to the end, and the danger path calls Peru's emergency number`, async ({ page, context }) => {
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

    test('read-aloud speaks the step in the script language', async ({ page, context }) => {
      await page.addInitScript((voiceLanguage) => {
        const spoken: { text: string; lang: string; voice: string }[] = [];
        Object.assign(window, { spokenForTest: spoken });
        class FakeUtterance {
          lang = '';
          voice: { lang: string } | null = null;
          rate = 1;
          constructor(readonly text: string) {}
        }
        const voices = [
          { lang: voiceLanguage, name: 'Test voice', localService: true, default: true, voiceURI: 'test' },
          { lang: 'de-DE', name: 'Other', localService: true, default: false, voiceURI: 'other' },
        ];
        Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
        Object.defineProperty(window, 'speechSynthesis', {
          configurable: true,
          value: {
            getVoices: () => voices,
            cancel: () => undefined,
            speak: (utterance: FakeUtterance) => spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.lang ?? '' }),
            addEventListener: () => undefined,
            removeEventListener: () => undefined,
          },
        });
      }, speechLanguage[language]);
      const crisis = await openOffline(page, context, language);
      const script = defaultScript('suicide', language);
      await crisis.script(script.title).click();
      await crisis.readAloud().click();
      const spoken = await page.evaluate(() => (window as unknown as { spokenForTest: { text: string; lang: string; voice: string }[] }).spokenForTest);
      expect(spoken).toHaveLength(1);
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
    await expect(page).toHaveURL(/\/crisis$/);
    await expect(crisis.heading(/Which country|Crisis support/)).toBeVisible();
  });

  test('back returns to the step before, and a reload resumes where the Companion was; the saved state holds only ids and is gone at the end', async ({ page, context }) => {
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
    await page.addInitScript(() => {
      Object.defineProperty(window, 'speechSynthesis', {
        configurable: true,
        value: {
          getVoices: () => [{ lang: 'fr-FR', name: 'Français', localService: true, default: true, voiceURI: 'fr' }],
          cancel: () => undefined,
          speak: () => {
            throw new Error('must not speak without an English voice');
          },
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
        },
      });
    });
    const crisis = await openOffline(page, context, 'en');
    await crisis.script(defaultScript('panic', 'en').title).click();
    await crisis.readAloud().click();
    await expect(page.getByRole('status').filter({ hasText: 'This phone has no voice for English yet' })).toContainText('Text-to-speech');
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

test.describe('crisis layout on a small phone, in Spanish (the longest words)', () => {
  test.use({ locale: 'es-419' });

  test('"Someone is in danger" shows Peru\'s emergency number first, one tap to call, with no scrolling at 360x640', async ({ page, context }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    const crisis = await openOffline(page, context, 'es');
    await crisis.dangerButton().click();
    await expect(crisis.callLinks().first()).toHaveAttribute('href', peruEmergencyTel);
    const call = crisis.emergencyCall();
    await expect(call).toHaveAttribute('href', peruEmergencyTel);
    await expect(call).toHaveAccessibleName(/105/);
    const box = await call.boundingBox();
    expect(box, 'the call button is on screen').toBeTruthy();
    if (box) {
      expect(box.y, 'in the lower half, within a thumb').toBeGreaterThan(320);
      expect(box.y + box.height, 'visible without scrolling').toBeLessThanOrEqual(640);
      expect(box.height).toBeGreaterThanOrEqual(48);
    }
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('the safety check\'s answers sit at the bottom, all visible without scrolling at 360x640', async ({ page, context }) => {
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

for (const locale of ['es-419', 'en', 'fr-CA']) {
  const language = locale.slice(0, 2) as UiLanguage;
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`crisis screens, ${locale}, ${colorScheme}`, () => {
      test.use({ locale, colorScheme });

      test('axe finds no WCAG A/AA violation on the country choice, the picker, every step screen and the close', async ({ page, context }) => {
        test.setTimeout(180_000);
        const crisis = new CrisisPage(page, language);
        await page.goto('/crisis');
        await expect(crisis.heading(crisis.strings.country.title)).toBeVisible({ timeout: 30_000 });
        await expectNoAxeViolations(page, 'country');
        await crisis.country(peru[language]).click();
        await expect(crisis.scripts()).toHaveCount(7, { timeout: 30_000 });
        await waitForOfflineReady(page);
        await goOffline(context);
        // The first page was not yet served by the service worker; from here everything is.
        await page.goto('/crisis');
        await expect(crisis.scripts()).toHaveCount(7);
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
    });
  }
}
