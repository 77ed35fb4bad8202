import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import type en from '../../../locales/en/groups.json';
import { AppShell } from './AppShell';

export type GroupLanguage = 'es' | 'en' | 'fr';
type GroupStrings = typeof en;

const root = join(import.meta.dirname, '../../..');

/** The group session's strings, read from the same files the app shows. */
export function groupStrings(language: GroupLanguage): GroupStrings {
  return JSON.parse(readFileSync(join(root, 'locales', language, 'groups.json'), 'utf8')) as GroupStrings;
}

/** One group theme's pack as installed by default: its title, content note and the headings of its own parts. */
export function groupPack(
  theme: string,
  language: GroupLanguage,
): { title: string; contentNote?: string; sections: { heading: string }[] } {
  return JSON.parse(readFileSync(join(root, 'content/guides', `group-${theme}.${language}.json`), 'utf8')) as {
    title: string;
    contentNote?: string;
    sections: { heading: string }[];
  };
}

/** The guides screen's words for the support-group list and the way into a session. */
type GuidesStrings = { categories: { group: string }; groupSession: string; contentNote: { continue: string } };

export function guidesStrings(language: GroupLanguage): GuidesStrings {
  return JSON.parse(readFileSync(join(root, 'locales', language, 'guides.json'), 'utf8')) as GuidesStrings;
}

/** A facilitator's group session, located by role and name in the person's language. */
export class GroupSessionPage extends AppShell {
  main(): Locator {
    return this.page.getByRole('main');
  }

  button(name: string): Locator {
    return this.main().getByRole('button', { name, exact: true });
  }

  link(name: string): Locator {
    return this.main().getByRole('link', { name, exact: true });
  }

  /** A guide in the guides list: its link reads the title, then the summary. */
  guideLink(title: string): Locator {
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.main().getByRole('link', { name: new RegExp(`^${escaped}`) });
  }

  /** The heading of the part the clock is on. */
  currentPart(): Locator {
    return this.main().locator('#group-part-title');
  }

  timeLeft(): Locator {
    return this.main().getByTestId('part-time');
  }
}
