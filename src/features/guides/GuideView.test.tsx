import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { GuidePackSchema, type GuidePack } from '../../content/schema';
import { currentPath, returnPathInState } from '../../ui/router';
import { GuideView } from './GuideView';
import { loadPlainProgress, mergeProgress, savePlainProgress, withModuleState } from './progressStore';
import { useCourseProgress } from './useCourseProgress';

// Module 1 opens with a content note; these tests are about progress and the journal, so they start past it.
const moduleOne = GuidePackSchema.parse({
  ...(JSON.parse(readFileSync(join(import.meta.dirname, '../../../content/guides/course-01-companion-role.en.json'), 'utf8')) as object),
  contentNote: undefined,
});

function CourseModule({ guide }: { guide: GuidePack }) {
  const course = useCourseProgress();
  return <GuideView guide={guide} nextModule={undefined} course={course} />;
}

const showModule = () => renderWithProviders(<CourseModule guide={moduleOne} />, { path: '/guides/course-01-companion-role' });

describe('a course module without a journal', () => {
  beforeEach(() => localStorage.clear());

  it('can be marked done, and is still done on the next visit, with no journal and no unlock', async () => {
    const user = userEvent.setup();
    const first = await showModule();
    // The module's last part holds the reflection, the sources and "done".
    await user.click(await screen.findByRole('button', { name: /^\d+\. Reflection and sources$/ }));
    await user.click(await screen.findByRole('button', { name: 'Mark this module done' }));
    expect(screen.getByRole('status')).toHaveTextContent('You finished this module.');
    first.unmount();

    await showModule();
    expect(await screen.findByText('You finished this module.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark this module done' })).not.toBeInTheDocument();
  });

  it('offers the reflection through the journal, with the way back to this module', async () => {
    const user = userEvent.setup();
    await showModule();
    await user.click(await screen.findByRole('button', { name: /^\d+\. Reflection and sources$/ }));
    expect(await screen.findByText(/Your reflections are saved only in your private journal/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Your answer' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to the journal' }));
    expect(currentPath()).toBe('/journal');
    expect(returnPathInState()).toBe('/guides/course-01-companion-role');
  });
});

describe('course progress kept on the phone without a lock', () => {
  beforeEach(() => localStorage.clear());

  it('keeps done modules and answered practice, never a skip', () => {
    const progress = withModuleState(
      withModuleState({ modules: {} }, 'course-01-companion-role', { isDone: true }),
      'course-09-suicide-crisis',
      {
        isSkipped: true,
      },
    );
    savePlainProgress(progress);
    const stored = Object.keys(localStorage)
      .map((key) => `${key} ${localStorage.getItem(key) ?? ''}`)
      .join(' ');
    expect(stored).toContain('course-01-companion-role');
    expect(stored).not.toContain('course-09-suicide-crisis');
    expect(stored).not.toContain('isSkipped');
    expect(loadPlainProgress()).toEqual({ modules: { 'course-01-companion-role': { drills: [], isDone: true, isSkipped: false } } });
  });

  it('adds what the vault holds; a module done anywhere is no longer skipped', () => {
    const plain = { modules: { a: { drills: ['d1'], isDone: true, isSkipped: false } } };
    const fromVault = {
      modules: { a: { drills: ['d2'], isDone: false, isSkipped: true }, b: { drills: [], isDone: false, isSkipped: true } },
    };
    expect(mergeProgress(plain, fromVault)).toEqual({
      modules: { a: { drills: ['d1', 'd2'], isDone: true, isSkipped: false }, b: { drills: [], isDone: false, isSkipped: true } },
    });
  });
});
