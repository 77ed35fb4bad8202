import type * as z from 'zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { feedbackCsv, fewPeopleDays, type CsvWords } from './csv';
import { answersProblem, countAnswers, newRound, sessionsFrom, type Answers, type FeedbackSession, type StoredRound } from './rounds';
import { guideTopic, newRoundPath, topicFrom, type FeedbackTopic } from './paths';
import { IdSchema } from '../../content/text';
import { FeedbackTopicSchema } from './topic';

const anxiety = { kind: 'group', slug: 'anxiety' } as const;

function answers(ratings: Answers['ratings'], comment = ''): Answers {
  return { ratings, comment };
}

describe('a feedback round counts answers per question', () => {
  it('adds each person to the point she chose on each question, and counts people who skipped a question', () => {
    let round = newRound(anxiety, '2026-12-03');
    round = countAnswers(round, answers({ useful: 5, safe: 4, clear: 5, again: 5 }));
    round = countAnswers(round, answers({ useful: 5, safe: 2 }));
    round = countAnswers(round, answers({ useful: 1, clear: 3 }, 'too short'));
    expect(round.people).toBe(3);
    expect(round.counts).toEqual({
      useful: [1, 0, 0, 0, 2],
      safe: [0, 1, 0, 1, 0],
      clear: [0, 0, 1, 0, 1],
      again: [0, 0, 0, 0, 1],
    });
  });

  it('leaves the round it was given as it was (a failed save keeps the old counts)', () => {
    const round = newRound(anxiety, '2026-12-03');
    countAnswers(round, answers({ useful: 3 }));
    expect(round.people).toBe(0);
    expect(round.counts.useful).toEqual([0, 0, 0, 0, 0]);
  });

  it('refuses an empty form and an over-long comment, and takes a comment alone', () => {
    expect(answersProblem(answers({}))).toBe('empty');
    expect(answersProblem(answers({}, '   '))).toBe('empty');
    expect(answersProblem(answers({}, 'x'.repeat(1001)))).toBe('commentTooLong');
    expect(answersProblem(answers({}, 'kind people'))).toBeUndefined();
    expect(answersProblem(answers({ again: 4 }))).toBeUndefined();
  });

  it('adds up rounds of the same topic on the same day into one session, and keeps other sessions apart', () => {
    const first: StoredRound = { ...countAnswers(newRound(anxiety, '2026-12-03'), answers({ useful: 4 })), id: 'r1' };
    const second: StoredRound = { ...countAnswers(newRound(anxiety, '2026-12-03'), answers({ useful: 4, safe: 5 })), id: 'r2' };
    const otherDay: StoredRound = { ...countAnswers(newRound(anxiety, '2026-12-01'), answers({ useful: 1 })), id: 'r3' };
    const sessions = sessionsFrom(
      [first, otherDay, second],
      [
        { roundId: 'r2', text: 'b comment' },
        { roundId: 'r1', text: 'a comment' },
        { roundId: 'r3', text: 'other day' },
      ],
    );
    expect(sessions.map((session) => [session.day, session.people])).toEqual([
      ['2026-12-03', 2],
      ['2026-12-01', 1],
    ]);
    expect(sessions[0]?.counts.useful).toEqual([0, 0, 0, 2, 0]);
    expect(sessions[0]?.counts.safe).toEqual([0, 0, 0, 0, 1]);
    expect(sessions[0]?.comments).toEqual(['a comment', 'b comment']);
    expect(sessions[1]?.comments).toEqual(['other day']);
  });
});

describe('the `for` parameter', () => {
  it('takes a group theme or a course module by its slug', () => {
    expect(topicFrom('group:anxiety')).toEqual({ topic: anxiety });
    expect(topicFrom('course:safer-screening-2')).toEqual({ topic: { kind: 'course', slug: 'safer-screening-2' } });
    expect(newRoundPath({ kind: 'group', slug: 'body-image' })).toBe('/feedback/new?for=group:body-image');
  });

  it.each([
    [null, 'missing'],
    ['', 'missing'],
    ['anxiety', 'invalid'],
    ['club:anxiety', 'invalid'],
    ['group:', 'invalid'],
    ['group:Anxiety', 'invalid'],
    ['group:anxiety/../journal', 'invalid'],
    ['group:<script>', 'invalid'],
    [`group:${'a'.repeat(81)}`, 'invalid'],
  ])('refuses %j as %s', (param, problem) => {
    expect(topicFrom(param)).toEqual({ problem });
  });

  // The address is read without zod (the guides and groups chunks carry it); a stored round's topic
  // with zod. Both must take the same topics, or a round could start that could not be stored.
  it.each([
    'group:anxiety',
    'course:course-02-oars',
    'group:a',
    `course:${'a'.repeat(80)}`,
    `course:${'a'.repeat(81)}`,
    'group:-anxiety',
    'group:anxiety-',
    'group:anx--iety',
    'group:anxiety ',
    'group:Anxiety',
    'group:ánxiety',
    'group:anxiety:two',
    'Group:anxiety',
    'article:anxiety',
    'constructor:anxiety',
    '__proto__:anxiety',
    ':anxiety',
  ])('reads %j as the stored topic schema does', (param) => {
    const separator = param.indexOf(':');
    const schema = FeedbackTopicSchema.safeParse({ kind: param.slice(0, separator), slug: param.slice(separator + 1) });
    const read = topicFrom(param);
    expect('topic' in read).toBe(schema.success);
    if ('topic' in read) expect(read.topic).toEqual(schema.data);
  });

  // Any id a published guide can have (IdSchema) gets a round that starts and can be stored.
  it.each([
    'guide-anxiety-en',
    'guide-anxiety--2-en',
    'guide-anxiety-2--en',
    'guide---en',
    'guide--en',
    'anxiety-',
    '9',
    `guide-${'a'.repeat(58)}`,
  ])('gives the guide %j a feedback address that reads back as its topic', (id) => {
    expect(IdSchema.safeParse(id).success).toBe(true);
    for (const locale of ['es', 'en', 'fr']) {
      const topic = guideTopic('group', { id, locale });
      const param = new URL(newRoundPath(topic), 'https://app.example').searchParams.get('for');
      expect(topicFrom(param)).toEqual({ topic });
      expect(FeedbackTopicSchema.safeParse(topic).success).toBe(true);
    }
  });

  it('has the type the stored topic schema infers', () => {
    expectTypeOf<z.infer<typeof FeedbackTopicSchema>>().toEqualTypeOf<FeedbackTopic>();
  });
});

describe('the CSV file', () => {
  const words: CsvWords = {
    header: { date: 'date', topic: 'topic', people: 'people', question: 'question', answer: 'answer', count: 'count' },
    questions: { useful: 'Useful?', safe: 'Safe, respected?', clear: 'Clear?', again: 'Again?' },
    comment: 'comment',
  };
  const session: FeedbackSession = {
    topic: anxiety,
    day: '2026-12-03',
    people: 3,
    counts: { useful: [0, 0, 1, 0, 2], safe: [0, 0, 0, 1, 2], clear: [1, 0, 0, 0, 0], again: [0, 0, 0, 0, 3] },
    comments: ['She said "breathe", it helped', '=HYPERLINK("x")', 'two\nlines'],
  };
  const counts = [
    'date,topic,people,question,answer,count',
    '2026-12-03,group:anxiety,3,Useful?,1,0',
    '2026-12-03,group:anxiety,3,Useful?,2,0',
    '2026-12-03,group:anxiety,3,Useful?,3,1',
    '2026-12-03,group:anxiety,3,Useful?,4,0',
    '2026-12-03,group:anxiety,3,Useful?,5,2',
    '2026-12-03,group:anxiety,3,"Safe, respected?",1,0',
    '2026-12-03,group:anxiety,3,"Safe, respected?",2,0',
    '2026-12-03,group:anxiety,3,"Safe, respected?",3,0',
    '2026-12-03,group:anxiety,3,"Safe, respected?",4,1',
    '2026-12-03,group:anxiety,3,"Safe, respected?",5,2',
    '2026-12-03,group:anxiety,3,Clear?,1,1',
    '2026-12-03,group:anxiety,3,Clear?,2,0',
    '2026-12-03,group:anxiety,3,Clear?,3,0',
    '2026-12-03,group:anxiety,3,Clear?,4,0',
    '2026-12-03,group:anxiety,3,Clear?,5,0',
    '2026-12-03,group:anxiety,3,Again?,1,0',
    '2026-12-03,group:anxiety,3,Again?,2,0',
    '2026-12-03,group:anxiety,3,Again?,3,0',
    '2026-12-03,group:anxiety,3,Again?,4,0',
    '2026-12-03,group:anxiety,3,Again?,5,3',
  ];

  it('holds the counts per question and answer, and no comment unless asked', () => {
    expect(feedbackCsv([session], words, false)).toBe(`${counts.join('\r\n')}\r\n`);
  });

  it('adds the comments when asked, quoted and escaped, a formula made harmless', () => {
    const expected = [
      ...counts,
      '2026-12-03,group:anxiety,3,comment,"She said ""breathe"", it helped",',
      `2026-12-03,group:anxiety,3,comment,"'=HYPERLINK(""x"")",`,
      '2026-12-03,group:anxiety,3,comment,"two\nlines",',
    ];
    expect(feedbackCsv([session], words, true)).toBe(`${expected.join('\r\n')}\r\n`);
  });

  it('names the days whose comments come from fewer than 3 people, so she is warned before sending them', () => {
    const pair: FeedbackSession = { ...session, day: '2026-11-20', people: 2 };
    const pairWithoutComments: FeedbackSession = { ...session, day: '2026-11-21', people: 1, comments: [] };
    expect(fewPeopleDays([session, pair, pairWithoutComments])).toEqual(['2026-11-20']);
    expect(fewPeopleDays([session])).toEqual([]);
  });
});
