import * as z from 'zod';
import { CrisisTypeSchema, ServiceTypeSchema, type PfaScriptPack } from '../../../content/schema';
import { deleteRecord, getRecords, isVaultError, putRecord } from '../../../vault';
import type { RunSummary } from '../engine/scriptEngine';

/*
 * A Companion's private note about a crisis session: the close screen's summary and, if they
 * want, a few words of their own. It says who was helped with what, so it exists only in the
 * vault, encrypted, and only when the Companion chooses to save it. Record ids are random.
 */
export const companionNoteKind = 'companion-note';

/** Counted in characters as people see them, so an accented letter or an emoji counts once. */
export const maxNoteLength = 2_000;
/** The next contact's "who" and "when" are a few words each, not a second note. */
export const maxNextContactLength = 200;

const withinLength = (max: number) => z.string().refine((text) => Array.from(text).length <= max);

/**
 * The next contact agreed at the end of a session (the suicide script asks for one): who will be in
 * touch and when, in the Companion's own words. "When" is free text because what people agree is often
 * "tomorrow morning" or "after the shift", not an exact time. Either may be empty, never both.
 */
export const NextContactSchema = z
  .strictObject({ who: withinLength(maxNextContactLength), when: withinLength(maxNextContactLength) })
  .refine((contact) => contact.who !== '' || contact.when !== '');
export type NextContact = z.infer<typeof NextContactSchema>;

export const CompanionNoteSchema = z.strictObject({
  savedAt: z.iso.datetime(),
  /** The script's title in the language it ran in, as the Companion saw it. */
  scriptTitle: z.string().min(1).max(200),
  crisisType: CrisisTypeSchema,
  stepsDone: z.int().min(0).max(1_000),
  minutes: z.int().min(0).max(100_000),
  services: z.array(ServiceTypeSchema).max(20),
  text: withinLength(maxNoteLength),
  /** Absent in notes saved before the field existed, and when the Companion left it empty. */
  nextContact: NextContactSchema.optional(),
});
export type CompanionNote = z.infer<typeof CompanionNoteSchema>;
export type StoredNote = CompanionNote & { id: string };

/** What the close screen knows about the session that just ended. */
export type SessionSummary = { script: Pick<PfaScriptPack, 'title' | 'crisisType'>; summary: RunSummary; minutes: number };

/** What the Companion has typed so far: her words and the agreed next contact, all optional. */
export type NoteDraft = { text: string; who: string; when: string };

export type NoteProblem = 'too-long';

export function checkNoteText(text: string): NoteProblem | undefined {
  return Array.from(text.trim()).length > maxNoteLength ? 'too-long' : undefined;
}

/** The draft's fields that are longer than they may be; empty when it can be saved. */
export function tooLongFieldsOf(draft: NoteDraft): (keyof NoteDraft)[] {
  const tooLong: (keyof NoteDraft)[] = [];
  if (checkNoteText(draft.text)) tooLong.push('text');
  if (Array.from(draft.who.trim()).length > maxNextContactLength) tooLong.push('who');
  if (Array.from(draft.when.trim()).length > maxNextContactLength) tooLong.push('when');
  return tooLong;
}

export function noteFrom(session: SessionSummary, draft: NoteDraft, now = new Date()): CompanionNote {
  const who = draft.who.trim();
  const when = draft.when.trim();
  return CompanionNoteSchema.parse({
    savedAt: now.toISOString(),
    scriptTitle: session.script.title,
    crisisType: session.script.crisisType,
    stepsDone: session.summary.stepsDone.length,
    minutes: session.minutes,
    services: session.summary.referralNeeds,
    text: draft.text.trim(),
    ...(who !== '' || when !== '' ? { nextContact: { who, when } } : {}),
  });
}

/** Encrypts and stores one note in one write: it is there completely, or not at all. Returns its id. */
export async function saveCompanionNote(note: CompanionNote): Promise<string> {
  const id = crypto.randomUUID();
  await putRecord(companionNoteKind, id, CompanionNoteSchema.parse(note));
  return id;
}

export type LoadedNotes = { notes: StoredNote[]; /** Notes that failed their integrity check or are not notes. */ unreadable: number };

/** Every note, newest first. Needs the vault open. */
export async function loadCompanionNotes(): Promise<LoadedNotes> {
  const { records, damaged } = await getRecords(companionNoteKind);
  const loaded: LoadedNotes = { notes: [], unreadable: damaged.length };
  for (const record of records) {
    const parsed = CompanionNoteSchema.safeParse(record.value);
    if (parsed.success) loaded.notes.push({ ...parsed.data, id: record.id });
    else loaded.unreadable++;
  }
  loaded.notes.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return loaded;
}

export async function deleteCompanionNote(id: string): Promise<void> {
  await deleteRecord(companionNoteKind, id);
}

/** What went wrong, in terms a screen can explain: the vault locked, the phone is full, or anything else. */
export type NoteFailure = 'locked' | 'storage-full' | 'failed';

export function noteFailureOf(error: unknown): NoteFailure {
  if (isVaultError(error, 'locked') || isVaultError(error, 'no-vault')) return 'locked';
  if (isVaultError(error, 'storage-full')) return 'storage-full';
  return 'failed';
}
