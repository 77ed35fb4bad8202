import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import anxietyPack from '../../../content/guides/group-anxiety.en.json';
import { fixtureModule } from '../../../tests/fixtures/courseModule';
import { renderWithProviders } from '../../../tests/render';
import { GuidePackSchema, type GuidePack } from '../../content/schema';
import { db } from '../../db';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { SessionRunner } from '../groups/SessionRunner';
import { sessionPlan } from '../groups/sessionPlan';
import { GuideView } from '../guides/GuideView';
import { savePlainProgress } from '../guides/progressStore';
import { useCourseProgress } from '../guides/useCourseProgress';
import { topicFrom } from './paths';
import { topicTitle } from './topicTitle';

/*
 * The round trip a facilitator relies on: the feedback link a group session or a course module
 * shows opens a round the feedback screen reads as that same guide, by its title. An address that
 * only parsed would not do: `group:anxiety` parses, but names no installed guide.
 */

const anxiety = GuidePackSchema.parse(anxietyPack);

async function install(guide: GuidePack): Promise<void> {
  await db.packs.put({
    sourceId: 'builtin',
    id: guide.id,
    kind: 'guide',
    locale: guide.locale,
    title: guide.title,
    version: 1,
    sha256: '0'.repeat(64),
    length: 1,
    installedAt: '2026-01-01T00:00:00.000Z',
    content: guide,
  });
}

/** What the round's screen makes of a link: the `for` parameter read as RoundScreen reads it, then the guide it names. */
async function guideTitleOpenedBy(link: HTMLElement): Promise<string | null> {
  const href = link.getAttribute('href') ?? '';
  const address = new URL(href, window.location.origin);
  expect(address.pathname).toBe('/feedback/new');
  const found = topicFrom(address.searchParams.get('for'));
  if (!('topic' in found)) throw new Error(`the feedback screen refuses ${href}: ${found.problem}`);
  return topicTitle(found.topic, 'en');
}

function CourseModule({ guide }: { guide: GuidePack }) {
  const course = useCourseProgress();
  return <GuideView guide={guide} nextModule={undefined} course={course} />;
}

beforeEach(async () => {
  await db.packs.clear();
  localStorage.clear();
});

describe('the feedback link of each screen that offers one', () => {
  it('opens, from a group session on a theme, a round for that theme’s guide', async () => {
    await install(anxiety);
    const user = userEvent.setup();
    await renderWithProviders(
      <>
        <ScreenHeading>{anxiety.title}</ScreenHeading>
        <SessionRunner plan={sessionPlan(anxiety) ?? []} guide={anxiety} />
      </>,
    );
    // The link shows at the facilitator's debrief, the last part.
    while (!screen.queryByRole('link', { name: 'Feedback from the group' })) {
      await user.click(screen.getByRole('button', { name: 'Next part' }));
    }
    expect(await guideTitleOpenedBy(screen.getByRole('link', { name: 'Feedback from the group' }))).toBe('Group session: anxiety');
  });

  it('opens, from the end of a course module, a round for that module', async () => {
    await install(fixtureModule);
    savePlainProgress({ modules: { 'course-99-fixture': { drills: [], isDone: false, isSkipped: false, part: 'finish' } } });
    await renderWithProviders(<CourseModule guide={{ ...fixtureModule, contentNote: undefined }} />, { path: '/guides/course-99-fixture' });
    const link = await screen.findByRole('link', { name: 'Feedback on this module' });
    expect(await guideTitleOpenedBy(link)).toBe('Fixture module');
  });
});
