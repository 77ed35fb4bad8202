import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureModule } from '../../../../tests/fixtures/courseModule';
import { installFakeSpeechEngine } from '../../../../tests/fakeSpeech';
import { renderWithProviders } from '../../../../tests/render';
import type { PracticeDrill } from '../../../content/schema';
import { ScreenHeading } from '../../../ui/ScreenHeading';
import { OrderDrill } from './OrderDrill';
import { RewriteDrill } from './RewriteDrill';
import { RolePlayCard } from './RolePlayCard';
import { ScenarioPlayer } from './ScenarioPlayer';
import { stableShuffle } from './shuffle';
import { SpotDrill } from './SpotDrill';
import { WorkedExample } from './WorkedExample';

function practice<K extends PracticeDrill['kind']>(kind: K): Extract<PracticeDrill, { kind: K }> {
  const drill = fixtureModule.practice?.find((candidate) => candidate.kind === kind);
  if (!drill) throw new Error(`the fixture has no ${kind} drill`);
  return drill as Extract<PracticeDrill, { kind: K }>;
}

function show(ui: ReactNode) {
  return renderWithProviders(
    <>
      <ScreenHeading>Course</ScreenHeading>
      {ui}
    </>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('spot what went wrong', () => {
  it('asks for a line first, then marks every line with why, and says she missed the mistake', async () => {
    const user = userEvent.setup();
    const onAnswered = vi.fn();
    await show(<SpotDrill drill={practice('spot')} number={2} onAnswered={onAnswered} />);
    await user.click(screen.getByRole('button', { name: 'See the feedback' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one line first.');
    expect(onAnswered).not.toHaveBeenCalled();

    await user.click(screen.getByRole('checkbox', { name: /That sounds awful/ }));
    await user.click(screen.getByRole('button', { name: 'See the feedback' }));
    expect(screen.getByText('Not quite: read why each line helps or hurts.')).toHaveFocus();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const wrong = items.find((item) => item.textContent.includes('Why did you go with him?'));
    expect(wrong).toHaveTextContent('This went wrong');
    expect(wrong).toHaveTextContent('A why question sounds like blame.');
    expect(wrong).toHaveTextContent('Companion:');
    const picked = items.find((item) => item.textContent.includes('That sounds awful'));
    expect(picked).toHaveTextContent('This was fine');
    expect(picked).toHaveTextContent('You chose this');
    expect(onAnswered).toHaveBeenCalledWith('spot-1');
  });

  it('says so when she finds exactly the lines that went wrong', async () => {
    const user = userEvent.setup();
    await show(<SpotDrill drill={practice('spot')} number={2} onAnswered={() => undefined} />);
    await user.click(screen.getByRole('checkbox', { name: /Why did you go with him/ }));
    await user.click(screen.getByRole('button', { name: 'See the feedback' }));
    expect(screen.getByText('You found every line that went wrong.')).toBeInTheDocument();
  });
});

describe('rewrite a closed question', () => {
  it('wants her own words first, then shows the checks and model answers, and keeps nothing', async () => {
    const user = userEvent.setup();
    const onAnswered = vi.fn();
    await show(<RewriteDrill drill={practice('rewrite')} number={3} onAnswered={onAnswered} />);
    expect(screen.getByText('Did it go well?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Compare with the checks' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write your question first.');
    expect(screen.queryByText('How was it at the clinic?')).not.toBeInTheDocument();

    const marker = 'What-was-it-like-marker-41';
    await user.type(screen.getByRole('textbox', { name: 'Your open question' }), marker);
    await user.click(screen.getByRole('button', { name: 'Compare with the checks' }));
    expect(screen.getByRole('heading', { name: 'Check your question: does it…' })).toHaveFocus();
    expect(screen.getByText('Starts with what or how')).toBeInTheDocument();
    expect(screen.getByText('How was it at the clinic?')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your open question' })).toHaveValue(marker);
    expect(onAnswered).toHaveBeenCalledWith('rewrite-1');
    const stored = Object.keys(localStorage).map((key) => `${key} ${localStorage.getItem(key) ?? ''}`);
    expect(stored.join(' ')).not.toContain(marker);
  });
});

describe('put the steps in order', () => {
  const drill = practice('order');
  const shownOrder = () =>
    within(screen.getByRole('list'))
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.course-order-text')?.textContent);

  it('starts shuffled the same way every time, never already in order', () => {
    const once = stableShuffle(drill.steps, drill.id);
    expect(stableShuffle(drill.steps, drill.id)).toEqual(once);
    expect(once.map((step) => step.id)).not.toEqual(drill.steps.map((step) => step.id));
    expect(stableShuffle(['a', 'b'], 'any')).toEqual(['b', 'a']);
  });

  it('moves steps with Up and Down, keeps the focus on the moved step, and explains each step on checking', async () => {
    const user = userEvent.setup();
    const onAnswered = vi.fn();
    await show(<OrderDrill drill={drill} number={4} onAnswered={onAnswered} />);
    const start = shownOrder();
    expect(start).not.toEqual(drill.steps.map((step) => step.text));

    // Sort with the buttons only: bring each right step up to its place.
    for (const [place, step] of drill.steps.entries()) {
      for (let at = shownOrder().indexOf(step.text); at > place; at -= 1) {
        await user.click(screen.getByRole('button', { name: `Up: ${step.text}` }));
        expect(screen.getByRole('status')).toHaveTextContent(`“${step.text}” is now step ${at} of 3.`);
        const focused = document.activeElement;
        expect(focused?.getAttribute('aria-label')).toMatch(new RegExp(`^(Up|Down): ${step.text}$`));
      }
    }
    expect(shownOrder()).toEqual(drill.steps.map((step) => step.text));
    expect(screen.getByRole('button', { name: `Up: ${drill.steps[0]?.text}` })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Check my order' }));
    expect(screen.getByText('Every step is in its place.')).toHaveFocus();
    for (const step of drill.steps) expect(screen.getByText(step.why)).toBeInTheDocument();
    expect(onAnswered).toHaveBeenCalledWith('order-1');
  });

  it('says how many are in place and where she put each one when the order is wrong', async () => {
    const user = userEvent.setup();
    await show(<OrderDrill drill={drill} number={4} onAnswered={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Check my order' }));
    expect(screen.getByText(/of 3 steps are in their place/)).toBeInTheDocument();
    expect(screen.getAllByText(/^You put it at \d\.$/).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('button', { name: 'Check my order' })).toBeInTheDocument();
  });
});

describe('the branching scenario', () => {
  const scenario = fixtureModule.scenario;
  if (!scenario) throw new Error('the fixture has no scenario');

  it('gives feedback on a weak choice and loops back; a good path reaches an end, once finished, with try again', async () => {
    const user = userEvent.setup();
    const onFinished = vi.fn();
    await show(<ScenarioPlayer scenario={scenario} locale="en" onFinished={onFinished} />);
    expect(screen.getByText('She says: the police took my phone.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tell her to file a complaint' }));
    expect(screen.getByText('Think again')).toHaveFocus();
    expect(screen.getByText('Police may be the danger; this pushes her.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ask what she needs now' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // Looped back to the same turn to try again.
    expect(screen.getByText('She says: the police took my phone.')).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Ask what she needs now' }));
    expect(screen.getByText('A good choice')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText('She says she needs somewhere to sleep.')).toHaveFocus();
    expect(onFinished).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Look at options together' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText('She finds a place for the night.')).toHaveFocus();
    expect(screen.getByText('End of the scenario')).toBeInTheDocument();
    expect(onFinished).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Play it again' }));
    expect(screen.getByText('She says: the police took my phone.')).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Ask what she needs now' })).toBeInTheDocument();
  });
});

describe('the role-play card', { timeout: 20_000 }, () => {
  const roleplay = fixtureModule.roleplay;
  if (!roleplay) throw new Error('the fixture has no role-play');

  it('reads each role aloud on its own, in the module’s language, for passing the phone', async () => {
    const user = userEvent.setup();
    const { spoken } = installFakeSpeechEngine(['en-US', 'es-MX']);
    const onDone = vi.fn();
    await show(<RolePlayCard roleplay={roleplay} locale="en" isDone={false} onDone={onDone} />);
    expect(screen.getByText('About 10 minutes')).toBeInTheDocument();
    const second = screen.getByRole('region', { name: 'Role 2: The worker' });
    await user.click(await within(second).findByRole('button', { name: 'Read aloud' }));
    expect(spoken.map(({ text, lang }) => ({ text, lang }))).toEqual([
      { text: 'Role 2: The worker\n\nYou had a client who scared you.', lang: 'en' },
    ]);
    const observer = screen.getByRole('region', { name: 'What the observer watches for' });
    expect(observer).toHaveTextContent('Does the Companion give advice too soon?');
    await user.click(screen.getByRole('button', { name: 'We did this role-play' }));
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});

describe('the worked example', { timeout: 20_000 }, () => {
  const example = fixtureModule.example;
  if (!example) throw new Error('the fixture has no example');

  it('names who speaks each line, in words, and reads the dialogue aloud with the speakers', async () => {
    const user = userEvent.setup();
    const { spoken } = installFakeSpeechEngine(['en-US']);
    await show(<WorkedExample example={example} locale="en" />);
    const lines = within(screen.getByRole('list', { name: 'The conversation' })).getAllByRole('listitem');
    expect(lines.map((line) => line.textContent)).toEqual([
      'She: They took everything.',
      'Companion: I am here. Are you somewhere safe now?',
      'She: At a friend’s place.',
      'Companion: What would help most tonight?',
    ]);
    expect(screen.getByRole('heading', { name: 'What worked' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Read aloud' }));
    expect(spoken[0]?.text).toContain('Companion: I am here. Are you somewhere safe now?');
    expect(spoken[0]?.text).toContain('let her colleague say what she needs');
  });
});
