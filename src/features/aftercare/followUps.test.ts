import { describe, expect, it } from 'vitest';
import { checkFollowUp, dueFollowUps, hasComeDue, maxWhoLength, type FollowUp, type StoredFollowUp } from './followUps';

// Local times: the follow-up's days are the phone's own calendar days.
const now = new Date(2026, 11, 3, 15, 30); // 3 December 2026, 15:30 local
const createdAt = '2026-12-01T10:00:00.000Z';
const followUp = (id: string, due: string, time?: string): StoredFollowUp => ({
  id,
  who: `Person ${id}`,
  due,
  ...(time ? { time } : {}),
  how: 'call',
  createdAt,
});

describe('follow-ups due on Home', () => {
  const list = [
    followUp('tomorrow', '2026-12-04'),
    followUp('today-later', '2026-12-03', '18:00'),
    followUp('overdue', '2026-11-28'),
    followUp('today', '2026-12-03'),
    followUp('next-month', '2027-01-03'),
  ];

  it('shows those due today or overdue, oldest first, and not those still to come', () => {
    expect(dueFollowUps(list, now).map((item) => item.id)).toEqual(['overdue', 'today', 'today-later']);
  });

  it('drops one once it is done or dropped (no longer in the vault)', () => {
    const afterDone = list.filter((item) => item.id !== 'overdue');
    expect(dueFollowUps(afterDone, now).map((item) => item.id)).toEqual(['today', 'today-later']);
  });

  it('drops one moved to a later day, and shows it again on that day', () => {
    const moved = list.map((item) => (item.id === 'today' ? { ...item, due: '2026-12-05' } : item));
    expect(dueFollowUps(moved, now).map((item) => item.id)).toEqual(['overdue', 'today-later']);
    expect(dueFollowUps(moved, new Date(2026, 11, 5, 8)).map((item) => item.id)).toContain('today');
  });

  it('has a moment for the reminder: an earlier day, today without a time, or a time now past', () => {
    expect(hasComeDue(followUp('a', '2026-12-02', '23:00'), now)).toBe(true);
    expect(hasComeDue(followUp('b', '2026-12-03'), now)).toBe(true);
    expect(hasComeDue(followUp('c', '2026-12-03', '15:30'), now)).toBe(true);
    expect(hasComeDue(followUp('d', '2026-12-03', '15:31'), now)).toBe(false);
    expect(hasComeDue(followUp('e', '2026-12-04'), now)).toBe(false);
  });
});

describe('checking a follow-up before it is saved', () => {
  const draft = { who: '  Ana ', due: '2026-12-03', time: '', how: 'visit' as const };

  it('keeps the trimmed name, the day, no time when none is given, and how', () => {
    const checked = checkFollowUp(draft, now);
    expect(checked).toEqual({ followUp: { who: 'Ana', due: '2026-12-03', how: 'visit', createdAt: now.toISOString() } satisfies FollowUp });
    expect(checkFollowUp({ ...draft, time: '09:15' }, now)).toMatchObject({ followUp: { time: '09:15' } });
  });

  it('asks for a name, a short one, and a date', () => {
    expect(checkFollowUp({ ...draft, who: '  ' }, now)).toEqual({ problems: { who: 'missing' } });
    expect(checkFollowUp({ ...draft, who: 'é'.repeat(maxWhoLength) }, now)).toHaveProperty('followUp');
    expect(checkFollowUp({ ...draft, who: 'x'.repeat(maxWhoLength + 1) }, now)).toEqual({ problems: { who: 'too-long' } });
    expect(checkFollowUp({ ...draft, due: '' }, now)).toEqual({ problems: { due: 'missing' } });
  });
});
