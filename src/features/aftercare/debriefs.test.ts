import { describe, expect, it } from 'vitest';
import { debriefFrom, debriefsByMonth, hardRunsForNotice, hardRunWindowDays, needsHardRunNotice, type Debrief } from './debriefs';

const day = 24 * 60 * 60 * 1000;
const now = new Date('2026-12-03T20:00:00.000Z');
const run = (daysAgo: number, isHardOne = true): Debrief => ({
  savedAt: new Date(now.getTime() - daysAgo * day).toISOString(),
  wentWell: '',
  wasHard: '',
  needNow: '',
  isHardOne,
});

describe('the notice after several hard runs close together', () => {
  it('is 3 hard runs within 7 days', () => {
    expect(hardRunsForNotice).toBe(3);
    expect(hardRunWindowDays).toBe(7);
  });

  it('shows at exactly 3 hard runs within the 7 days', () => {
    expect(needsHardRunNotice([run(0), run(3), run(6.9)], now)).toBe(true);
  });

  it('does not show at 2 hard runs, however many easier ones there were', () => {
    expect(needsHardRunNotice([run(0), run(1), run(1, false), run(2, false), run(3, false)], now)).toBe(false);
  });

  it('does not show when the hard runs are spread out over more than 7 days', () => {
    expect(needsHardRunNotice([run(0), run(4), run(7.1), run(12)], now)).toBe(false);
  });
});

describe('debriefs by month', () => {
  it('groups them by local month, newest first', () => {
    const at = (iso: string, id: string) => ({
      ...debriefFrom({ wentWell: '', wasHard: '', needNow: '', isHardOne: false }, new Date(iso)),
      id,
    });
    const grouped = debriefsByMonth([
      at('2026-11-02T12:00:00.000Z', 'nov'),
      at('2026-12-02T12:00:00.000Z', 'dec-1'),
      at('2026-12-03T12:00:00.000Z', 'dec-2'),
    ]);
    expect(grouped.map(({ month, debriefs }) => [month, debriefs.map((debrief) => debrief.id)])).toEqual([
      ['2026-12', ['dec-2', 'dec-1']],
      ['2026-11', ['nov']],
    ]);
  });

  it('keeps only trimmed answers and refuses an answer that is too long', () => {
    expect(debriefFrom({ wentWell: ' ok ', wasHard: '', needNow: '', isHardOne: true }, now)).toMatchObject({
      wentWell: 'ok',
      isHardOne: true,
    });
    expect(() => debriefFrom({ wentWell: 'x'.repeat(501), wasHard: '', needNow: '', isHardOne: false }, now)).toThrow();
  });
});
