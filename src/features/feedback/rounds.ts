import * as z from 'zod';
import { getRecords, putRecords, type RecordToPut } from '../../vault';
import { topicParam, type FeedbackTopic } from './paths';
import { FeedbackTopicSchema } from './topic';

/*
 * A feedback round: the people at one session answer a few rating questions and may leave a
 * comment, one after another on the facilitator's phone. Two kinds of vault record, both encrypted:
 *
 * - `feedback-round`: the topic, the day it was run and the counts (how many people chose each
 *   point of each scale). Counts only: nobody's answers can be told apart in it.
 * - `feedback-comment`: one optional comment, tied to its round and nothing else (no time, no
 *   order), so a comment cannot be matched to the ratings given with it.
 *
 * Each person's answers are written in one transaction: the round's new counts and her comment
 * together, or neither. The date of a group session, and what it was about, say something about
 * the facilitator's work, so the counts are kept in the vault as well, not in plaintext.
 */
export const roundKind = 'feedback-round';
export const commentKind = 'feedback-comment';

/** The rating questions, in the order they are asked. Their words are in locales/<lng>/feedback.json. */
export const questionIds = ['useful', 'safe', 'clear', 'again'] as const;
export type QuestionId = (typeof questionIds)[number];

/** Each question is answered on the same labelled scale, 1 (not at all) to 5 (very much). */
export const scalePoints = [1, 2, 3, 4, 5] as const;
export type ScalePoint = (typeof scalePoints)[number];

/** A comment is a few lines, not a letter. Counted as people see characters. */
export const maxCommentLength = 1000;

const count = z.number().int().nonnegative();
/** How many people chose 1, 2, 3, 4 and 5, in that order. */
const ScaleCountsSchema = z.tuple([count, count, count, count, count]);
type ScaleCounts = z.infer<typeof ScaleCountsSchema>;

export const RoundSchema = z.strictObject({
  topic: FeedbackTopicSchema,
  /** The local day the session was run, YYYY-MM-DD: with the topic, it names the session. */
  day: z.iso.date(),
  /** How many people sent the form, whether or not they answered every question. */
  people: count,
  counts: z.strictObject({ useful: ScaleCountsSchema, safe: ScaleCountsSchema, clear: ScaleCountsSchema, again: ScaleCountsSchema }),
});
export type Round = z.infer<typeof RoundSchema>;
export type StoredRound = Round & { id: string };

export const CommentSchema = z.strictObject({
  roundId: z.string().min(1).max(128),
  text: z
    .string()
    .min(1)
    .refine((text) => Array.from(text).length <= maxCommentLength),
});
export type FeedbackComment = z.infer<typeof CommentSchema>;

/** One person's form: a point per question she answered (any may be left out), and her comment. */
export type Answers = { ratings: Partial<Record<QuestionId, ScalePoint>>; comment: string };
export const emptyAnswers: Answers = { ratings: {}, comment: '' };

function zeroCounts(): ScaleCounts {
  return [0, 0, 0, 0, 0];
}

export function newRound(topic: FeedbackTopic, day: string): Round {
  return RoundSchema.parse({
    topic,
    day,
    people: 0,
    counts: { useful: zeroCounts(), safe: zeroCounts(), clear: zeroCounts(), again: zeroCounts() },
  });
}

export type AnswersProblem = 'empty' | 'commentTooLong';

/** Why a form cannot be sent as it is: nothing in it at all, or a comment over the limit. */
export function answersProblem(answers: Answers): AnswersProblem | undefined {
  const comment = answers.comment.trim();
  if (Array.from(comment).length > maxCommentLength) return 'commentTooLong';
  if (comment === '' && Object.keys(answers.ratings).length === 0) return 'empty';
  return undefined;
}

/** The round with one more person's ratings counted. The round given is left as it was. */
export function countAnswers(round: Round, answers: Answers): Round {
  const counts = { ...round.counts };
  for (const question of questionIds) {
    const point = answers.ratings[question];
    if (point === undefined) continue;
    const next: ScaleCounts = [...counts[question]];
    next[point - 1] = (next[point - 1] ?? 0) + 1;
    counts[question] = next;
  }
  return RoundSchema.parse({ ...round, people: round.people + 1, counts });
}

/**
 * Counts one person's answers and keeps her comment, in one write: both are saved, or neither
 * (the caller then still holds the form as she filled it). Returns the round as now stored.
 */
export async function saveAnswers(roundId: string, round: Round, answers: Answers): Promise<Round> {
  const problem = answersProblem(answers);
  if (problem) throw new RangeError(`These answers cannot be saved: ${problem}`);
  const counted = countAnswers(round, answers);
  const records: RecordToPut[] = [{ kind: roundKind, id: roundId, value: counted, schemaVersion: 1 }];
  const comment = answers.comment.trim();
  if (comment !== '')
    records.push({ kind: commentKind, id: crypto.randomUUID(), value: CommentSchema.parse({ roundId, text: comment }), schemaVersion: 1 });
  await putRecords(records);
  return counted;
}

/** A session: a topic on a day. Rounds run for the same topic on the same day add up. */
export type FeedbackSession = {
  topic: FeedbackTopic;
  day: string;
  people: number;
  counts: Round['counts'];
  comments: string[];
};

export type LoadedFeedback = { sessions: FeedbackSession[]; unreadable: number };

function sessionKey(round: Round): string {
  return `${round.day} ${topicParam(round.topic)}`;
}

/** Adds the rounds up by session, newest day first; each session's comments in a stable order. */
export function sessionsFrom(rounds: readonly StoredRound[], comments: readonly FeedbackComment[]): FeedbackSession[] {
  const sessions = new Map<string, FeedbackSession>();
  const sessionOfRound = new Map<string, FeedbackSession>();
  for (const round of rounds) {
    const key = sessionKey(round);
    const session = sessions.get(key) ?? {
      topic: round.topic,
      day: round.day,
      people: 0,
      counts: newRound(round.topic, round.day).counts,
      comments: [],
    };
    session.people += round.people;
    for (const question of questionIds) {
      session.counts[question] = session.counts[question].map(
        (value, index) => value + (round.counts[question][index] ?? 0),
      ) as ScaleCounts;
    }
    sessions.set(key, session);
    sessionOfRound.set(round.id, session);
  }
  for (const comment of comments) sessionOfRound.get(comment.roundId)?.comments.push(comment.text);
  for (const session of sessions.values()) session.comments.sort((a, b) => a.localeCompare(b));
  return [...sessions.values()].sort((a, b) => b.day.localeCompare(a.day) || topicParam(a.topic).localeCompare(topicParam(b.topic)));
}

/** Every session's counts and comments. Needs the vault open; a record that cannot be read is counted, not hidden. */
export async function loadFeedback(): Promise<LoadedFeedback> {
  const [roundRecords, commentRecords] = [await getRecords(roundKind), await getRecords(commentKind)];
  let unreadable = roundRecords.damaged.length + commentRecords.damaged.length;
  const rounds: StoredRound[] = [];
  for (const record of roundRecords.records) {
    const parsed = RoundSchema.safeParse(record.value);
    if (parsed.success) rounds.push({ ...parsed.data, id: record.id });
    else unreadable++;
  }
  const comments: FeedbackComment[] = [];
  for (const record of commentRecords.records) {
    const parsed = CommentSchema.safeParse(record.value);
    if (parsed.success) comments.push(parsed.data);
    else unreadable++;
  }
  return { sessions: sessionsFrom(rounds, comments), unreadable };
}
