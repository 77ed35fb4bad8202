import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { CrisisPage, type UiLanguage } from './CrisisPage';

const localesDir = join(import.meta.dirname, '../../../locales');

/** Aftercare's words, per language, as a person reads them (from locales/<lng>/aftercare.json). */
type AftercareStrings = {
  offers: { followUp: string; followUpSaved: string; debrief: string; debriefSaved: string; seeDebriefs: string };
  followUp: { title: string; who: string; due: string; time: string; ways: Record<'call' | 'message' | 'visit', string>; save: string };
  due: {
    heading: string;
    item: Record<'call' | 'message' | 'visit', string>;
    done: string;
    move: string;
    drop: string;
    markedDone: string;
  };
  debrief: { title: string; wentWell: string; wasHard: string; needNow: string; hardYes: string; save: string };
  debriefs: { title: string; hardOne: string };
};
export function aftercareStrings(language: UiLanguage): AftercareStrings {
  return JSON.parse(readFileSync(join(localesDir, language, 'aftercare.json'), 'utf8')) as AftercareStrings;
}
function homeLinkName(language: UiLanguage): string {
  return (JSON.parse(readFileSync(join(localesDir, language, 'common.json'), 'utf8')) as { shell: { homeLink: string } }).shell.homeLink;
}

/** The crisis close screen's aftercare offers, their editors, and Home's list of next contacts. */
export class AftercarePage extends CrisisPage {
  get words(): AftercareStrings {
    return aftercareStrings(this.language);
  }

  /** The app's own link home in the header: an in-app move, so the vault stays open. */
  goHome(): Promise<void> {
    return this.page
      .getByRole('banner')
      .getByRole('link', { name: homeLinkName(this.language), exact: true })
      .click();
  }

  field(label: string): Locator {
    return this.page.getByRole('main').getByLabel(label, { exact: true });
  }

  /** Home's section of next contacts due. */
  dueSection(): Locator {
    return this.page.getByRole('main').getByRole('region', { name: this.words.due.heading });
  }

  dueItem(who: string, how: 'call' | 'message' | 'visit' = 'call'): Locator {
    return this.dueSection()
      .getByRole('listitem')
      .filter({ hasText: this.words.due.item[how].replace('{{who}}', who) });
  }

  /** From the close screen: agrees a next contact for today (the form's own default date). */
  async agreeFollowUpToday(who: string, how: 'call' | 'message' | 'visit'): Promise<void> {
    await this.button(this.words.offers.followUp).click();
    await this.heading(this.words.followUp.title).waitFor();
    await this.field(this.words.followUp.who).fill(who);
    await this.page.getByRole('main').getByRole('radio', { name: this.words.followUp.ways[how], exact: true }).check();
    await this.button(this.words.followUp.save).click();
    await this.heading(this.strings.close.title).waitFor();
  }

  /** From the close screen: answers the debrief (the vault is open by then). */
  async answerDebrief(answers: { wentWell: string; wasHard: string; needNow: string }): Promise<void> {
    await this.button(this.words.offers.debrief).click();
    await this.heading(this.words.debrief.title).waitFor();
    await this.field(this.words.debrief.wentWell).fill(answers.wentWell);
    await this.field(this.words.debrief.wasHard).fill(answers.wasHard);
    await this.field(this.words.debrief.needNow).fill(answers.needNow);
    await this.page.getByRole('main').getByRole('radio', { name: this.words.debrief.hardYes, exact: true }).check();
    await this.button(this.words.debrief.save).click();
    await this.heading(this.strings.close.title).waitFor();
  }
}
