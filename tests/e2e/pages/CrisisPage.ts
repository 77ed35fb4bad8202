import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { renderAlternates } from '../../../src/content/genderText';
import type { PfaScriptPack, ScriptStep } from '../../../src/content/schema';
import { AppShell } from './AppShell';

export type UiLanguage = 'es' | 'en' | 'fr';

/** The crisis screens' own words, per language, as a person reads them (from locales/<lng>/crisis.json). */
const localesDir = join(import.meta.dirname, '../../../locales');
type CrisisStrings = {
  picker: { title: string; danger: string; notes: string; changeCountry: string };
  country: { title: string };
  actions: { next: string; back: string; stop: string; finish: string; changeSituation: string };
  stopConfirm: { question: string; keepGoing: string; stop: string };
  close: { title: string; summaryHeading: string };
  prepare: { title: string; items: Record<string, string> };
  note: { save: string; title: string; field: string; saveButton: string; saved: string; seeNotes: string; backToSummary: string };
  notes: { title: string; delete: string; deleteYes: string; deleted: string; empty: string; lock: string; yourNote: string; back: string };
};
export function crisisStrings(language: UiLanguage): CrisisStrings {
  return JSON.parse(readFileSync(join(localesDir, language, 'crisis.json'), 'utf8')) as CrisisStrings;
}
/** The vault screens' words (locales/<lng>/vault.json), shown when a note needs the vault. */
type VaultStrings = {
  setup: { title: string; passphrase: string; confirm: string; create: string };
  unlock: { title: string; passphrase: string; open: string };
};
export function vaultStrings(language: UiLanguage): VaultStrings {
  return JSON.parse(readFileSync(join(localesDir, language, 'vault.json'), 'utf8')) as VaultStrings;
}
/** The shared read-aloud strings (locales/<lng>/speech.json). */
type SpeechStrings = { read: string; stop: string };
export function speechStrings(language: UiLanguage): SpeechStrings {
  return JSON.parse(readFileSync(join(localesDir, language, 'speech.json'), 'utf8')) as SpeechStrings;
}

const scriptsDir = join(import.meta.dirname, '../../../content/scripts');
/** A built-in script as the screen shows it before any choice in Settings: its gendered words in the feminine form. */
export function defaultScript(slug: string, language: UiLanguage): PfaScriptPack {
  const text = readFileSync(join(scriptsDir, `${slug}.${language}.json`), 'utf8');
  return JSON.parse(text, (_key, value: unknown) =>
    typeof value === 'string' ? renderAlternates(value, 'feminine') : value,
  ) as PfaScriptPack;
}
export const scriptSlugs = [...new Set(readdirSync(scriptsDir).map((file) => file.replace(/\.(es|en|fr)\.json$/, '')))].sort();

/** One move along a script: the step expected on screen, and the option to pick there (if a choice). */
export type Move = { step: ScriptStep; optionLabel?: string };

/**
 * A path through a script decided by the first answer to the safety check: "no" is the main path,
 * "yes" the danger path. After that, each choice takes its first option not yet visited.
 */
export function pathThrough(script: PfaScriptPack, safetyAnswer: 'yes' | 'no'): Move[] {
  const steps = new Map(script.steps.map((step) => [step.id, step]));
  const moves: Move[] = [];
  const visited = new Set<string>();
  let id: string | undefined = script.start;
  while (id !== undefined) {
    const step = steps.get(id);
    if (!step) throw new Error(`${script.id}: no step ${id}`);
    visited.add(id);
    if (step.type === 'end') {
      moves.push({ step });
      id = undefined;
    } else if (step.type === 'choose') {
      // A path stays in its script: options that hand off to another are left to their own tests.
      const inScript = step.options.flatMap((candidate) => (candidate.next !== undefined ? [{ ...candidate, next: candidate.next }] : []));
      const option: { label: string; next: string } | undefined =
        id === script.start
          ? inScript.find((candidate) => candidate.id === safetyAnswer)
          : (inScript.find((candidate) => !visited.has(candidate.next)) ?? inScript[0]);
      if (!option) throw new Error(`${script.id}: no option at ${id}`);
      moves.push({ step, optionLabel: option.label });
      id = option.next;
    } else {
      moves.push({ step });
      id = step.next;
    }
  }
  return moves;
}

/** The shortest path from the start to a step, along options that stay in the script (the safety check answered "no"). */
export function pathTo(script: PfaScriptPack, target: string): Move[] {
  const steps = new Map(script.steps.map((step) => [step.id, step]));
  const queue: { id: string; moves: Move[] }[] = [{ id: script.start, moves: [] }];
  const seen = new Set<string>();
  for (let item = queue.shift(); item; item = queue.shift()) {
    if (item.id === target) return item.moves;
    const step = steps.get(item.id);
    if (!step || seen.has(item.id) || step.type === 'end') continue;
    seen.add(item.id);
    if (step.type === 'choose') {
      const options = item.id === script.start ? step.options.filter((option) => option.id === 'no') : step.options;
      for (const option of options)
        if (option.next !== undefined) queue.push({ id: option.next, moves: [...item.moves, { step, optionLabel: option.label }] });
    } else {
      queue.push({ id: step.next, moves: [...item.moves, { step }] });
    }
  }
  throw new Error(`${script.id}: no path to ${target}`);
}

export class CrisisPage extends AppShell {
  constructor(
    page: AppShell['page'],
    readonly language: UiLanguage,
  ) {
    super(page);
  }

  get strings(): CrisisStrings {
    return crisisStrings(this.language);
  }

  /** The persistent crisis action in the header. */
  headerAction(name: string | RegExp): Locator {
    return this.page.getByRole('banner').getByRole('link', { name });
  }

  country(name: string): Locator {
    return this.page.getByRole('main').getByRole('button', { name, exact: true });
  }

  dangerButton(): Locator {
    return this.page.getByRole('link', { name: this.strings.picker.danger });
  }

  script(title: string): Locator {
    return this.scripts().filter({ has: this.page.getByText(title, { exact: true }) });
  }

  scripts(): Locator {
    return this.page.locator('.crisis-script');
  }

  stepText(): Locator {
    return this.page.locator('#crisis-step-text');
  }

  option(label: string): Locator {
    return this.page.getByRole('group').getByRole('button', { name: label, exact: true });
  }

  next(): Locator {
    return this.page.getByRole('button', { name: this.strings.actions.next, exact: true });
  }

  back(): Locator {
    return this.page.getByRole('button', { name: this.strings.actions.back, exact: true });
  }

  finish(): Locator {
    return this.page.getByRole('button', { name: this.strings.actions.finish, exact: true });
  }

  readAloud(): Locator {
    return this.page.getByRole('button', { name: speechStrings(this.language).read, exact: true });
  }

  /** Stop, in the step's action bar (it asks before leaving the script). */
  stop(): Locator {
    return this.page.getByRole('button', { name: this.strings.actions.stop, exact: true });
  }

  stopQuestion(): Locator {
    return this.page.getByRole('group', { name: this.strings.stopConfirm.question });
  }

  keepGoing(): Locator {
    return this.stopQuestion().getByRole('button', { name: this.strings.stopConfirm.keepGoing, exact: true });
  }

  confirmStop(): Locator {
    return this.stopQuestion().getByRole('button', { name: this.strings.stopConfirm.stop, exact: true });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('button', { name, exact: typeof name === 'string' });
  }

  link(name: string | RegExp): Locator {
    return this.page.getByRole('main').getByRole('link', { name, exact: typeof name === 'string' });
  }

  noteField(): Locator {
    return this.page.getByRole('main').getByRole('textbox', { name: this.strings.note.field, exact: true });
  }

  /** The saved notes on the "My crisis notes" screen, one article each. */
  savedNotes(): Locator {
    return this.page.getByRole('main').getByRole('article');
  }

  /** Sets up the vault on the screen shown in its place (the journal's own set-up screen). */
  async setUpVault(passphrase: string): Promise<void> {
    const words = vaultStrings(this.language).setup;
    await this.heading(words.title).waitFor();
    await this.page.getByRole('main').getByLabel(words.passphrase, { exact: true }).fill(passphrase);
    await this.page.getByRole('main').getByLabel(words.confirm, { exact: true }).fill(passphrase);
    await this.button(words.create).click();
  }

  async unlockVault(passphrase: string): Promise<void> {
    const words = vaultStrings(this.language).unlock;
    await this.heading(words.title).waitFor();
    await this.page.getByRole('main').getByLabel(words.passphrase, { exact: true }).fill(passphrase);
    await this.button(words.open).click();
  }

  /** Runs a script along a path to its close screen. */
  async runToClose(moves: readonly Move[]): Promise<void> {
    for (const move of moves) await this.take(move);
    await this.heading(this.strings.close.title).waitFor();
  }

  /** The emergency number offered first on a danger step, one tap to call. */
  emergencyCall(): Locator {
    return this.page.getByRole('main').locator('a.directory-emergency-call[href^="tel:"]');
  }

  /** A danger step's emergency numbers, in the order offered (medical and rescue help first). */
  dangerCalls(): Locator {
    return this.page.getByRole('main').locator('.directory-danger-calls a[href^="tel:"]');
  }

  /** The names of the services listed on a Link step, in order (her region's and national ones, then any others shown). */
  serviceNames(): Locator {
    return this.page.getByRole('main').locator('.directory-referrals .directory-entry-name');
  }

  /** The police line every card carries ("may send or call the police"). */
  policeLines(): Locator {
    return this.page.getByRole('main').locator('.directory-referrals .directory-entry-police');
  }

  /** Changes the country from the list of situations, then picks a region if the country asks for one. */
  async chooseCountry(name: string, region?: string): Promise<void> {
    await this.button(this.strings.picker.changeCountry).click();
    await this.country(name).click();
    if (region !== undefined) await this.page.getByRole('main').getByRole('button', { name: region, exact: true }).click();
    await this.dangerButton().waitFor();
  }

  /** The call links of the step's list of services (the directory's ReferralList), in order. */
  callLinks(): Locator {
    return this.page.locator('.crisis-step a[href^="tel:"]');
  }

  /** Takes one move: checks the step's words are on screen, then answers or goes on. */
  async take(move: Move): Promise<void> {
    await this.stepText().filter({ hasText: move.step.text }).waitFor();
    if (move.optionLabel !== undefined) await this.option(move.optionLabel).click();
    else if (move.step.type === 'end') await this.finish().click();
    else await this.next().click();
  }
}
