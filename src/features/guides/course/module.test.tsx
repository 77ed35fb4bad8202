import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureModule } from '../../../../tests/fixtures/courseModule';
import { renderWithProviders } from '../../../../tests/render';
import type { GuidePack } from '../../../content/schema';
import { GuideView } from '../GuideView';
import { loadPlainProgress, savePlainProgress, type CourseProgress } from '../progressStore';
import { useCourseProgress } from '../useCourseProgress';
import { CourseSummary } from './CourseSummary';
import { practisedModules, summaryText, type SummaryLabels } from './summaryText';

const slug = 'course-99-fixture';
const withoutNote: GuidePack = { ...fixtureModule, contentNote: undefined };

function CourseModule({ guide }: { guide: GuidePack }) {
  const course = useCourseProgress();
  return <GuideView guide={guide} nextModule={undefined} course={course} />;
}

const showModule = (guide: GuidePack = withoutNote) => renderWithProviders(<CourseModule guide={guide} />, { path: `/guides/${slug}` });

beforeEach(() => localStorage.clear());

describe('a course module, part by part', () => {
  it('says what it touches before it starts, how long it takes, and where to turn: self-care and crisis support', async () => {
    const user = userEvent.setup();
    await showModule(fixtureModule);
    expect(screen.getByText('This fixture touches a hard topic.')).toBeInTheDocument();
    expect(screen.getByText('About 25 minutes')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Self-care' })).toHaveAttribute('href', '/selfcare');
    expect(screen.getByRole('link', { name: 'Crisis support' })).toHaveAttribute('href', '/crisis');
    expect(screen.getByRole('link', { name: 'Pause and go back' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 2, name: 'What to know' })).toBeInTheDocument();
  });

  it('goes through every part in order, records what was practised, and ends with sources, feedback and the summary', async () => {
    const user = userEvent.setup();
    await showModule();
    const parts = screen.getByRole('navigation', { name: 'Parts of this module' });
    expect(parts).toHaveTextContent('1. What to know2. Worked example3. Practice4. Scenario5. Role-play in pairs6. Reflection and sources');
    expect(screen.getByText('What the fixture says')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next: Worked example' }));
    await user.click(screen.getByRole('button', { name: 'Next: Practice' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Practice' })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: 'Tell me more.' }));
    await user.click(screen.getAllByRole('button', { name: 'See the feedback' })[0] as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Next: Scenario' }));
    await user.click(screen.getByRole('button', { name: 'Ask what she needs now' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Look at options together' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText('End of the scenario')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next: Role-play in pairs' }));
    await user.click(screen.getByRole('button', { name: 'We did this role-play' }));
    await user.click(screen.getByRole('button', { name: 'Next: Reflection and sources' }));

    expect(screen.getByRole('link', { name: 'Psychological first aid: guide for field workers' })).toHaveAttribute(
      'href',
      'https://www.who.int/publications/i/item/9789241548205',
    );
    expect(screen.getByText('Source date: 2011')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Feedback on this module' })).toHaveAttribute('href', `/feedback/new?for=course:${slug}`);
    expect(screen.getByRole('link', { name: 'What I practised' })).toHaveAttribute('href', '/guides/course/summary');
    await user.click(screen.getByRole('button', { name: 'Mark this module done' }));

    expect(loadPlainProgress().modules[slug]).toEqual({
      drills: ['choose-1'],
      isDone: true,
      isSkipped: false,
      isScenarioDone: true,
      isRolePlayDone: true,
      part: 'finish',
    });
  });

  it('opens again at the part she left, without a journal', async () => {
    const user = userEvent.setup();
    const first = await showModule();
    await user.click(screen.getByRole('button', { name: '4. Scenario' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Scenario' })).toHaveFocus();
    first.unmount();

    await showModule();
    expect(screen.getByRole('status')).toHaveTextContent('You are back where you left off.');
    expect(screen.getByRole('heading', { level: 2, name: 'Scenario' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '4. Scenario' })).toHaveAttribute('aria-current', 'step');
    expect(screen.getByText('She says: the police took my phone.')).toBeInTheDocument();
  });

  it('starts at the beginning when the part she left no longer exists', async () => {
    savePlainProgress({ modules: { [slug]: { drills: [], isDone: false, isSkipped: false, part: 'quiz' } } });
    await showModule();
    expect(screen.getByRole('heading', { level: 2, name: 'What to know' })).toBeInTheDocument();
    expect(screen.queryByText('You are back where you left off.')).not.toBeInTheDocument();
  });
});

const labels: SummaryLabels = {
  title: 'What I practised',
  moduleTitle: (guide) => `Module ${guide.order}: ${guide.title}`,
  done: 'Module done',
  notDone: 'Module not finished yet',
  drills: (answered, total) => `${answered} of ${total} practice items answered`,
  scenarioDone: 'Scenario played to the end',
  rolePlayDone: 'Role-play done in pairs',
};

describe('what I practised', () => {
  const renamed: CourseProgress = {
    modules: {
      // Progress under module and drill ids from before the course was rewritten.
      'course-08-suicide': { drills: ['old-drill'], isDone: true, isSkipped: false },
      [slug]: { drills: ['choose-1', 'order-1', 'a-drill-that-was-renamed'], isDone: false, isSkipped: false, isScenarioDone: true },
    },
  };

  it('lists the practised modules as plain text, counting only drills the module still has', () => {
    expect(summaryText(practisedModules([fixtureModule], renamed), labels)).toBe(
      [
        'What I practised',
        'Module 1: Fixture module\n- Module not finished yet\n- 2 of 4 practice items answered\n- Scenario played to the end',
      ].join('\n\n'),
    );
  });

  it('ignores progress of modules that no longer exist, read back from the phone, without breaking', async () => {
    localStorage.setItem(
      'companera.course.v1',
      JSON.stringify({ modules: { 'course-05-what-to-avoid': { drills: ['x'], isDone: true }, [slug]: { drills: [], isDone: true } } }),
    );
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await renderWithProviders(<CourseSummary modules={[fixtureModule]} progress={loadPlainProgress()} />, {
      path: '/guides/course/summary',
    });
    expect(screen.getByRole('heading', { level: 1, name: 'What I practised' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Module 1: Fixture module' })).toBeInTheDocument();
    expect(screen.queryByText(/what-to-avoid/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy the text' }));
    expect(writeText).toHaveBeenCalledWith('What I practised · Companion course\n\nModule 1: Fixture module\n- Module done');
    expect(screen.getByRole('status')).toHaveTextContent(/copied/i);
  });

  it('says when nothing is practised yet', async () => {
    await renderWithProviders(<CourseSummary modules={[fixtureModule]} progress={{ modules: {} }} />);
    expect(screen.getByText(/Nothing practised yet/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy the text' })).not.toBeInTheDocument();
  });
});
