import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import anxiety from '../../../content/guides/group-anxiety.en.json';
import { renderWithProviders } from '../../../tests/render';
import { GuidePackSchema } from '../../content/schema';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { SessionRunner } from './SessionRunner';
import { resetSessionClock } from './sessionClocks';
import { sessionPlan } from './sessionPlan';

const guide = GuidePackSchema.parse(anxiety);
const plan = sessionPlan(guide) ?? [];
const minute = 60_000;

/** A clock the test moves by hand: time passes with no timer firing, as on a sleeping phone. */
function handClock(start: number) {
  let time = start;
  return { now: () => time, pass: (ms: number) => (time += ms) };
}

/** The page is hidden, time passes with no ticks at all, and the page comes back into view. */
function hideFor(clock: ReturnType<typeof handClock>, ms: number) {
  act(() => {
    clock.pass(ms);
    fireEvent(document, new Event('visibilitychange'));
  });
}

/** The part the clock is on, as the plan marks it for everyone (aria-current). */
function currentPart() {
  return screen.getByRole('region', { name: 'Session plan' }).querySelector('[aria-current="step"] span')?.textContent;
}

// The clock outlives the screen (the point of sessionClocks), so each test starts from a fresh one.
beforeEach(() => resetSessionClock('anxiety'));

async function openSession(now: () => number) {
  const rendered = await renderWithProviders(
    <>
      <ScreenHeading>Group session: anxiety</ScreenHeading>
      <SessionRunner plan={plan} guide={guide} now={now} />
    </>,
    { language: 'en' },
  );
  await screen.findByRole('button', { name: /Start the clock|Pause|Resume/ });
  return rendered;
}

describe('a group session clock on a phone that sleeps', () => {
  it('shows the right part and the time left as soon as the screen comes back', async () => {
    const clock = handClock(1_700_000_000_000);
    const user = userEvent.setup();
    await openSession(clock.now);

    expect(currentPart()).toBe('Welcome and agreements');
    await user.click(screen.getByRole('button', { name: 'Start the clock' }));
    await user.click(screen.getByRole('button', { name: 'Next part' }));
    expect(currentPart()).toBe('Check-in round');

    hideFor(clock, 7 * minute);
    expect(currentPart()).toBe('Check-in round');
    expect(screen.getByText('Part 2 of 6')).toBeInTheDocument();
    expect(screen.getByTestId('part-time')).toHaveTextContent('3:00');
    expect(screen.getByTestId('session-time')).toHaveTextContent('7:00');

    // Asleep past the part's ten minutes: still this part (she moves on), now over time.
    hideFor(clock, 4 * minute + 30_000);
    expect(screen.getByText('Over time')).toBeInTheDocument();
    expect(screen.getByTestId('part-time')).toHaveTextContent('+1:30');
    expect(screen.getByTestId('session-time')).toHaveTextContent('11:30');
    expect(screen.getByRole('status')).toHaveTextContent('The time for this part is up');
  });

  it('does not count the time it was paused, even while hidden', async () => {
    const clock = handClock(0);
    const user = userEvent.setup();
    await openSession(clock.now);
    await user.click(screen.getByRole('button', { name: 'Start the clock' }));
    hideFor(clock, 2 * minute);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    hideFor(clock, 20 * minute);
    expect(screen.getByTestId('session-time')).toHaveTextContent('2:00');
    expect(screen.getByTestId('part-time')).toHaveTextContent('8:00');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
  });

  it('offers the group’s feedback link and the debrief questions at the end', async () => {
    const clock = handClock(0);
    const user = userEvent.setup();
    await openSession(clock.now);
    await user.click(screen.getByRole('button', { name: 'Start the clock' }));
    for (let part = 1; part < plan.length; part += 1) await user.click(screen.getByRole('button', { name: 'Next part' }));
    expect(currentPart()).toBe('Your own debrief');
    await user.click(screen.getByRole('button', { name: 'End the session' }));
    expect(screen.getByRole('link', { name: 'Feedback from the group' })).toHaveAttribute('href', '/feedback/new?for=group:group-anxiety');
    expect(screen.getByText('What went well today?')).toBeInTheDocument();
  });
});

describe('leaving the session and coming back', () => {
  it('finds the clock on the same part, counting the time she was away', async () => {
    const clock = handClock(1_700_000_000_000);
    const user = userEvent.setup();
    const first = await openSession(clock.now);
    await user.click(screen.getByRole('button', { name: 'Start the clock' }));
    await user.click(screen.getByRole('button', { name: 'Next part' }));
    clock.pass(3 * minute);

    // She opens crisis support from "Someone is overwhelmed": the session screen goes away.
    first.unmount();
    clock.pass(5 * minute);
    await openSession(clock.now);

    expect(currentPart()).toBe('Check-in round');
    expect(screen.getByText('Part 2 of 6')).toBeInTheDocument();
    expect(screen.getByTestId('session-time')).toHaveTextContent('8:00');
    expect(screen.getByTestId('part-time')).toHaveTextContent('2:00');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('keeps a paused clock paused, and starts from nothing only after her own “Run this session again”', async () => {
    const clock = handClock(0);
    const user = userEvent.setup();
    const first = await openSession(clock.now);
    await user.click(screen.getByRole('button', { name: 'Start the clock' }));
    clock.pass(4 * minute);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    first.unmount();
    clock.pass(30 * minute);

    const second = await openSession(clock.now);
    expect(screen.getByTestId('session-time')).toHaveTextContent('4:00');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeInTheDocument();
    for (let part = 1; part <= plan.length; part += 1) {
      await user.click(screen.getByRole('button', { name: part < plan.length ? 'Next part' : 'End the session' }));
    }
    await user.click(screen.getByRole('button', { name: 'Run this session again' }));
    second.unmount();

    await openSession(clock.now);
    expect(currentPart()).toBe('Welcome and agreements');
    expect(screen.getByTestId('session-time')).toHaveTextContent('0:00');
    expect(screen.getByRole('button', { name: 'Start the clock' })).toBeInTheDocument();
  });
});

describe('someone is overwhelmed during the session', () => {
  it('opens what to do from beside the clock and moves focus there', async () => {
    await openSession(handClock(Date.UTC(2026, 11, 3, 18)).now);
    const steps = screen.getByText('If someone is overwhelmed').closest('details');
    expect(steps).not.toHaveAttribute('open');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Someone is overwhelmed: what to do' }));
    expect(steps).toHaveAttribute('open');
    expect(screen.getByText('If someone is overwhelmed')).toHaveFocus();
    expect(screen.getByRole('link', { name: /crisis/i })).toBeVisible();
  });
});
