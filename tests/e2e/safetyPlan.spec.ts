import { expectNoAxeViolations } from './support/axe';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { defaultScript, pathThrough } from './pages/CrisisPage';
import { HomePage } from './pages/HomePage';
import { SafetyPlanPage } from './pages/SafetyPlanPage';
import { installCrisisThenGoOffline } from './support/crisisOffline';

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), where).toBeLessThanOrEqual(0);
}

test.describe('the safety plan in Spanish, offline, on a 320 px phone', () => {
  test.use({ locale: 'es-419', viewport: { width: 320, height: 720 } });

  test('is made from Home, with a service from the directory, and reads back the same after a lock and unlock', async ({
    page,
    context,
  }) => {
    test.setTimeout(150_000);
    // One online visit installs the app and its content and chooses Peru; the rest runs offline.
    await installCrisisThenGoOffline(page, context, 'es');
    // A new page load, offline: from here the service worker serves every file.
    const home = new HomePage(page);
    await home.open('/settings');
    await home.homeLink('Compañera, inicio').click();
    await home.action('Mi plan de seguridad').click();
    const plan = new SafetyPlanPage(page, 'es');
    await expect.poll(() => plan.screenPath()).toBe('/plan');
    // The emergency number is there before any passphrase: Peru's ambulance first, not the police.
    await expect(plan.emergencyCall()).toHaveAttribute('href', 'tel:106');
    await plan.setUpVault('puerto sauce siete lunas');

    await plan.button(plan.strings.start).click();
    await plan.stepField('warningSigns').fill('Dejo de contestar mensajes\nNo duermo');
    await plan.stepField('reasons').fill('Mi hija');
    await plan.button(plan.strings.contact.addHelper).click();
    await page.getByRole('group', { name: 'Persona 1' }).getByRole('textbox', { name: plan.strings.contact.name }).fill('Rosa');
    const services = page.getByRole('combobox', { name: plan.strings.contact.pickService });
    const firstService = (await services.locator('option').nth(1).textContent()) ?? '';
    expect(firstService, 'services that may bring the police never come first').not.toContain('Puede enviar o llamar a la policía');
    expect(firstService, 'the emergency numbers are on every view already').not.toMatch(/^Emergencias/);
    await services.selectOption({ index: 1 });
    await plan.button(plan.strings.contact.add).click();
    const serviceName = await page
      .getByRole('group', { name: 'Servicio 1' })
      .getByRole('textbox', { name: plan.strings.contact.name })
      .inputValue();
    expect(serviceName).not.toBe('');
    await expect(plan.emergencyCall()).toBeVisible();
    await expectNoSidewaysScroll(page, 'editor');
    await plan.save();

    const main = page.getByRole('main');
    for (const words of ['Dejo de contestar mensajes', 'No duermo', 'Mi hija', 'Rosa', serviceName])
      await expect(main).toContainText(words);
    await expect(plan.button('Leer en voz alta')).toBeVisible();
    await expectNoSidewaysScroll(page, 'plan');

    await plan.lock();
    await expect(main).not.toContainText('Dejo de contestar mensajes');
    await expect(plan.emergencyCall()).toBeVisible();
    await plan.unlock('puerto sauce siete lunas');
    for (const words of ['Dejo de contestar mensajes', 'No duermo', 'Mi hija', 'Rosa', serviceName])
      await expect(main).toContainText(words);
    await expect(plan.emergencyCall()).toBeVisible();
  });
});

test.describe('the safety plan in French, dark theme', () => {
  test.use({ locale: 'fr-CA', colorScheme: 'dark' });

  test('passes axe on every view: set-up, empty, editor with problems, plan, QR code', async ({ page }) => {
    test.setTimeout(120_000);
    const plan = new SafetyPlanPage(page, 'fr');
    await plan.open();
    await expectNoAxeViolations(page, 'set-up');
    await plan.setUpVault('phare bleu sept vagues');
    await expectNoAxeViolations(page, 'empty');

    await plan.button(plan.strings.start).click();
    await plan.stepField('copingAlone').fill('Marcher au bord du fleuve');
    await plan.button(plan.strings.contact.addHelper).click();
    const person = page.getByRole('group', { name: 'Personne 1' });
    await person.getByRole('textbox', { name: plan.strings.contact.phone }).fill('pas un numéro');
    await plan.button(plan.strings.save).click();
    await expect(page.getByText(plan.strings.errors.summary)).toBeVisible();
    await expect(plan.stepField('copingAlone')).toHaveValue('Marcher au bord du fleuve');
    await expectNoAxeViolations(page, 'editor with problems');

    await person.getByRole('textbox', { name: plan.strings.contact.name }).fill('Julie');
    await person.getByRole('textbox', { name: plan.strings.contact.phone }).fill('514 555 0123');
    await plan.save();
    await expect(page.getByRole('link', { name: plan.strings.contact.call.replace('{{phone}}', '5145550123') })).toBeVisible();
    await expectNoAxeViolations(page, 'plan');

    await plan.button(plan.strings.share.showQr).click();
    await expect(page.getByRole('img', { name: plan.strings.share.qrLabel })).toBeVisible();
    await expectNoAxeViolations(page, 'QR code');
  });
});

test("after a suicide script run, the close says how she makes her plan on her own phone and shows the app's QR code", async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  const crisis = await installCrisisThenGoOffline(page, context, 'en');
  // Reloaded offline, so the service worker serves every file from here.
  await crisis.open('/crisis');
  const script = defaultScript('suicide', 'en');
  await crisis.script(script.title).click();
  await crisis.runToClose(pathThrough(script, 'no'));
  const offer = page.getByRole('region', { name: 'A safety plan' });
  await expect(offer).toContainText('On her phone, she installs or opens Compañera, then goes to “My safety plan”.');
  // This phone is the Companion's: nothing in the offer opens a plan here. Its one link is the
  // emergency number, kept in sight after a suicide run, saying what a call sends.
  await expect(offer.getByRole('link')).toHaveCount(1);
  await expect(offer.getByRole('link')).toHaveAttribute('href', /^tel:/);
  await expect(offer.getByRole('link')).toContainText('Sends:');
  await offer.getByRole('button', { name: 'Show the app’s QR code' }).click();
  await expect(offer.getByRole('img', { name: 'QR code with the app’s address' })).toBeVisible();
  await expectNoAxeViolations(page, 'close with the QR code');
});
