import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import type { ExercisePack } from '../../../src/content/schema';
import { AppShell } from './AppShell';
import type { UiLanguage } from './CrisisPage';

const localesDir = join(import.meta.dirname, '../../../locales');
const exercisesDir = join(import.meta.dirname, '../../../content/exercises');

type SelfCareStrings = { title: string; backToList: string; exercise: { start: string; pause: string; speak: string } };

/** One built-in exercise as the app shows it in a language (content/exercises/<slug>.<lng>.json). */
export function builtInExercise(slug: string, language: UiLanguage): ExercisePack {
  return JSON.parse(readFileSync(join(exercisesDir, `${slug}.${language}.json`), 'utf8')) as ExercisePack;
}

/** The self-care screen: the list of exercises, and the player of the one chosen. */
export class SelfCarePage extends AppShell {
  constructor(
    page: AppShell['page'],
    readonly language: UiLanguage,
  ) {
    super(page);
  }

  get strings(): SelfCareStrings {
    return JSON.parse(readFileSync(join(localesDir, this.language, 'selfcare.json'), 'utf8')) as SelfCareStrings;
  }

  /** The exercises offered in the list; each button is named by its title first. */
  exercises(): Locator {
    return this.page.locator('.selfcare-item');
  }

  exercise(title: string): Locator {
    return this.exercises().filter({ has: this.page.getByText(title, { exact: true }) });
  }

  speakEachStep(): Locator {
    return this.page.getByRole('main').getByRole('checkbox', { name: this.strings.exercise.speak, exact: true });
  }

  start(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: this.strings.exercise.start, exact: true });
  }

  pause(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: this.strings.exercise.pause, exact: true });
  }

  backToList(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: this.strings.backToList, exact: true });
  }
}
