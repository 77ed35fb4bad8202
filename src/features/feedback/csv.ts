import { questionIds, scalePoints, type FeedbackSession, type QuestionId } from './rounds';
import { topicParam } from './paths';

/*
 * The CSV file a facilitator sends her organisation: one row per session, question and point of
 * the scale with how many chose it (zeros included, so every file has the same rows for a session),
 * then, only if she chose to include them, one row per comment. RFC 4180 quoting; the header and
 * question words in her language, the topic as its stable `kind:slug`.
 */
export type CsvWords = {
  header: { date: string; topic: string; people: string; question: string; answer: string; count: string };
  questions: Record<QuestionId, string>;
  /** The question column of a comment row. */
  comment: string;
};

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or return) as a formula: a comment
 * is a participant's free text, so such a cell gets a leading apostrophe (OWASP "CSV Injection").
 */
function defused(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = defused(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function row(cells: readonly (string | number)[]): string {
  return cells.map(csvCell).join(',');
}

/** Below this many people, a comment in the file can point to the person who wrote it. */
export const fewPeople = 3;

/** The days of the sessions whose comments would go in the file although fewer than `fewPeople` answered. */
export function fewPeopleDays(sessions: readonly FeedbackSession[]): string[] {
  const days = sessions.filter((session) => session.people < fewPeople && session.comments.length > 0).map((session) => session.day);
  return [...new Set(days)];
}

export function feedbackCsv(sessions: readonly FeedbackSession[], words: CsvWords, withComments: boolean): string {
  const { header } = words;
  const lines = [row([header.date, header.topic, header.people, header.question, header.answer, header.count])];
  for (const session of sessions) {
    const topic = topicParam(session.topic);
    for (const question of questionIds) {
      for (const point of scalePoints) {
        lines.push(row([session.day, topic, session.people, words.questions[question], point, session.counts[question][point - 1] ?? 0]));
      }
    }
    if (withComments)
      for (const comment of session.comments) lines.push(row([session.day, topic, session.people, words.comment, comment, '']));
  }
  // CRLF line ends, as RFC 4180 asks: spreadsheets on every system read them.
  return `${lines.join('\r\n')}\r\n`;
}
