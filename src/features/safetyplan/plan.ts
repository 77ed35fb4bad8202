import * as z from 'zod';
import { DialStringSchema, dialStringFrom } from '../../content/links';

/*
 * A personal safety plan, in the structure of the Stanley-Brown Safety Planning Intervention
 * (Stanley & Brown 2012, Cognitive and Behavioral Practice 19(2):256-264): six steps, and what
 * matters to the person as a seventh. Everything in it is her own words, so it lives only in the
 * vault; this schema is the one description of its shape, for saving, loading and backups alike.
 */

/** The steps in the order the plan is read: from the first signs to the reasons to keep going. */
export const planSections = ['warningSigns', 'copingAlone', 'distractions', 'helpers', 'services', 'saferSpace', 'reasons'] as const;
export type PlanSection = (typeof planSections)[number];

/** The steps written as lines of free text, one thing per line. */
export const lineSections = ['warningSigns', 'copingAlone', 'distractions', 'saferSpace', 'reasons'] as const;
export type LineSection = (typeof lineSections)[number];
/** The steps that list people or services she can reach, each a name and an optional number. */
export const contactSections = ['helpers', 'services'] as const;
export type ContactSection = (typeof contactSections)[number];

export function isLineSection(section: PlanSection): section is LineSection {
  return (lineSections as readonly string[]).includes(section);
}

/** Counted in characters as people see them, so an accented letter or an emoji counts once. */
export const maxLineLength = 300;
export const maxLines = 30;
export const maxNameLength = 80;
export const maxContacts = 20;

const characterCount = (text: string) => Array.from(text).length;
const PlanLineSchema = z
  .string()
  .min(1)
  .refine((line) => characterCount(line) <= maxLineLength && line === line.trim() && !line.includes('\n'));
const PlanLinesSchema = z.array(PlanLineSchema).max(maxLines);

export const PlanContactSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .refine((name) => characterCount(name) <= maxNameLength && name === name.trim()),
  /** What the phone dials (digits, a leading +, or a star short code); empty when she wrote no number. */
  phone: z.union([z.literal(''), DialStringSchema]),
  /**
   * Set when she picked a directory service that may send or call the police (or may not say), so
   * the warning stays on every card of it (content guide, "Referral routing"). Plans saved before
   * it existed read as false.
   */
  mayCallPolice: z.boolean().default(false),
});
export type PlanContact = z.infer<typeof PlanContactSchema>;
const PlanContactsSchema = z.array(PlanContactSchema).max(maxContacts);

export const SafetyPlanSchema = z.strictObject({
  warningSigns: PlanLinesSchema,
  copingAlone: PlanLinesSchema,
  distractions: PlanLinesSchema,
  helpers: PlanContactsSchema,
  services: PlanContactsSchema,
  saferSpace: PlanLinesSchema,
  reasons: PlanLinesSchema,
  updatedAt: z.iso.datetime(),
});
export type SafetyPlan = z.infer<typeof SafetyPlanSchema>;

/** A contact row as it is being typed; `key` only keeps React's rows apart and is never saved. */
export type ContactDraft = { key: string; name: string; phone: string; mayCallPolice: boolean };
/** The plan as it is being edited: text exactly as typed, blank lines and spaces included. */
export type PlanDraft = Record<LineSection, string> & Record<ContactSection, ContactDraft[]>;

let rowCount = 0;
export function contactDraft(name = '', phone = '', mayCallPolice = false): ContactDraft {
  rowCount += 1;
  return { key: `row-${rowCount}`, name, phone, mayCallPolice };
}

export function draftFrom(plan: SafetyPlan | undefined): PlanDraft {
  return {
    warningSigns: plan?.warningSigns.join('\n') ?? '',
    copingAlone: plan?.copingAlone.join('\n') ?? '',
    distractions: plan?.distractions.join('\n') ?? '',
    saferSpace: plan?.saferSpace.join('\n') ?? '',
    reasons: plan?.reasons.join('\n') ?? '',
    helpers: (plan?.helpers ?? []).map((contact) => contactDraft(contact.name, contact.phone, contact.mayCallPolice)),
    services: (plan?.services ?? []).map((contact) => contactDraft(contact.name, contact.phone, contact.mayCallPolice)),
  };
}

/*
 * A draft kept across a lock: exactly as typed, problems and all, since she has not saved it yet.
 * The limits only stop a damaged record from filling the screen; the editor never gets near them.
 */
const maxDraftText = 50_000;
const DraftContactSchema = z.strictObject({
  name: z.string().max(maxDraftText),
  phone: z.string().max(maxDraftText),
  mayCallPolice: z.boolean(),
});
export const PlanDraftRecordSchema = z.strictObject({
  warningSigns: z.string().max(maxDraftText),
  copingAlone: z.string().max(maxDraftText),
  distractions: z.string().max(maxDraftText),
  saferSpace: z.string().max(maxDraftText),
  reasons: z.string().max(maxDraftText),
  helpers: z.array(DraftContactSchema).max(maxContacts),
  services: z.array(DraftContactSchema).max(maxContacts),
  keptAt: z.iso.datetime(),
});
export type PlanDraftRecord = z.infer<typeof PlanDraftRecordSchema>;

export function draftRecordOf(draft: PlanDraft, now = new Date()): PlanDraftRecord {
  const rows = (contacts: readonly ContactDraft[]) => contacts.map(({ name, phone, mayCallPolice }) => ({ name, phone, mayCallPolice }));
  return { ...draft, helpers: rows(draft.helpers), services: rows(draft.services), keptAt: now.toISOString() };
}

export function draftOfRecord(record: PlanDraftRecord): PlanDraft {
  const rows = (contacts: PlanDraftRecord['helpers']) =>
    contacts.map(({ name, phone, mayCallPolice }) => contactDraft(name, phone, mayCallPolice));
  return {
    warningSigns: record.warningSigns,
    copingAlone: record.copingAlone,
    distractions: record.distractions,
    saferSpace: record.saferSpace,
    reasons: record.reasons,
    helpers: rows(record.helpers),
    services: rows(record.services),
  };
}

/** Two drafts say the same thing when they would save the same plan (row keys aside). */
export function isSameDraft(a: PlanDraft, b: PlanDraft): boolean {
  const rows = (contacts: readonly ContactDraft[]) => contacts.map(({ name, phone, mayCallPolice }) => [name, phone, mayCallPolice]);
  return (
    lineSections.every((section) => a[section] === b[section]) &&
    contactSections.every((section) => JSON.stringify(rows(a[section])) === JSON.stringify(rows(b[section])))
  );
}

/** The lines of a step: one thing per line, with blank lines and surrounding spaces left out. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export type LineProblem = 'line-too-long' | 'too-many-lines';
export type ContactProblem = { name?: 'missing' | 'too-long'; phone?: 'invalid' };
export type PlanProblems = Partial<Record<LineSection, LineProblem>> & Partial<Record<ContactSection, Record<string, ContactProblem>>>;

function lineProblemOf(text: string): LineProblem | undefined {
  const lines = linesOf(text);
  if (lines.some((line) => characterCount(line) > maxLineLength)) return 'line-too-long';
  if (lines.length > maxLines) return 'too-many-lines';
  return undefined;
}

function contactProblemOf(row: ContactDraft): ContactProblem | undefined {
  const name = row.name.trim();
  const phone = dialStringFrom(row.phone);
  if (name === '' && phone === '') return undefined; // an empty row is simply left out
  const problem: ContactProblem = {};
  if (name === '') problem.name = 'missing';
  else if (characterCount(name) > maxNameLength) problem.name = 'too-long';
  if (phone !== '' && !DialStringSchema.safeParse(phone).success) problem.phone = 'invalid';
  return problem.name || problem.phone ? problem : undefined;
}

const isFilled = (row: ContactDraft) => row.name.trim() !== '' || row.phone.trim() !== '';

/**
 * Checks a draft and turns it into a plan. Nothing is changed in the draft: on a problem the
 * person sees what to fix next to the words she wrote, and saves again.
 */
export function checkDraft(draft: PlanDraft, now = new Date()): { plan: SafetyPlan } | { problems: PlanProblems } {
  const problems: PlanProblems = {};
  for (const section of lineSections) {
    const problem = lineProblemOf(draft[section]);
    if (problem) problems[section] = problem;
  }
  for (const section of contactSections) {
    const rows: Record<string, ContactProblem> = {};
    for (const row of draft[section]) {
      const problem = contactProblemOf(row);
      if (problem) rows[row.key] = problem;
    }
    if (Object.keys(rows).length > 0) problems[section] = rows;
  }
  if (Object.keys(problems).length > 0) return { problems };
  const contacts = (rows: readonly ContactDraft[]) =>
    rows.filter(isFilled).map((row) => ({ name: row.name.trim(), phone: dialStringFrom(row.phone), mayCallPolice: row.mayCallPolice }));
  const plan = {
    warningSigns: linesOf(draft.warningSigns),
    copingAlone: linesOf(draft.copingAlone),
    distractions: linesOf(draft.distractions),
    helpers: contacts(draft.helpers),
    services: contacts(draft.services),
    saferSpace: linesOf(draft.saferSpace),
    reasons: linesOf(draft.reasons),
    updatedAt: now.toISOString(),
  };
  // The contact lists' limit is the one rule a person meets only by adding rows: the editor stops adding at it.
  const parsed = SafetyPlanSchema.safeParse(plan);
  if (!parsed.success) throw new Error(`A checked draft made an invalid plan: ${z.prettifyError(parsed.error)}`);
  return { plan: parsed.data };
}

export function isEmptyPlan(plan: SafetyPlan): boolean {
  return planSections.every((section) => plan[section].length === 0);
}

/** The words the plain-text copy is written with, in the screen's language. */
export type PlanTextLabels = {
  title: string;
  sectionTitle: (section: PlanSection, number: number) => string;
  /** "In danger: call 106", when the phone knows her country's number. */
  emergency?: string | undefined;
  /** Said after a service that may send or call the police: "may call the police". */
  police: string;
  /** What starts each thing listed: "- " for a message; nothing for the voice, which would say it. */
  bullet?: string;
};

/**
 * The plan as plain text, for reading aloud, a message to her own phone, the clipboard or a QR
 * code: the steps she filled in, numbered as in the plan, each thing on its own line. Never a
 * link to the app: the text must stand alone.
 */
export function planAsText(plan: SafetyPlan, labels: PlanTextLabels): string {
  const bullet = labels.bullet ?? '- ';
  const blocks = [labels.emergency ? `${labels.title}\n${labels.emergency}` : labels.title];
  planSections.forEach((section, index) => {
    const items = isLineSection(section)
      ? plan[section]
      : plan[section].map((contact) => {
          const named = contact.phone ? `${contact.name}: ${contact.phone}` : contact.name;
          // The warning travels with the text: a copy on her phone is read without the app around it.
          return contact.mayCallPolice ? `${named} (${labels.police})` : named;
        });
    if (items.length === 0) return;
    blocks.push([labels.sectionTitle(section, index + 1), ...items.map((item) => `${bullet}${item}`)].join('\n'));
  });
  return blocks.join('\n\n');
}
