import * as z from 'zod';
import { dialStringFrom, PhoneNumberSchema } from '../../content/links';
import { deleteRecord, getRecords, isVaultError, putRecord } from '../../vault';

/*
 * The person's own list: directory entries they saved, and their own trusted contacts. Both are
 * personal (a saved "sexual violence" line says something about someone), so they live only in
 * the vault, encrypted. Record ids are random: an entry id as a record id would sit in plain text.
 */
export const favouriteKind = 'directory-favourite';
export const contactKind = 'directory-contact';

export const contactRoles = ['friend', 'doctor', 'lawyer', 'other'] as const;
export type ContactRole = (typeof contactRoles)[number];

const FavouriteSchema = z.strictObject({ entryId: z.string().min(1).max(128), savedAt: z.iso.datetime() });

export const ContactSchema = z.strictObject({
  name: z.string().trim().min(1).max(80),
  role: z.enum(contactRoles),
  // The rule before tel: links lost * and #: contacts saved then must still open. New ones are checked below.
  phone: z.string().regex(/^\+?[0-9*#]{2,20}$/),
  savedAt: z.iso.datetime(),
});
export type Contact = z.infer<typeof ContactSchema>;

export type SavedFavourite = { recordId: string; entryId: string };
export type SavedContact = Contact & { recordId: string };
export type SavedItems = {
  favourites: SavedFavourite[];
  contacts: SavedContact[];
  /** Records that could not be read back. */ unreadable: number;
};

export async function loadSaved(): Promise<SavedItems> {
  const [favourites, contacts] = await Promise.all([getRecords(favouriteKind), getRecords(contactKind)]);
  const saved: SavedItems = { favourites: [], contacts: [], unreadable: favourites.damaged.length + contacts.damaged.length };
  for (const record of favourites.records) {
    const parsed = FavouriteSchema.safeParse(record.value);
    if (parsed.success) saved.favourites.push({ recordId: record.id, entryId: parsed.data.entryId });
    else saved.unreadable++;
  }
  for (const record of contacts.records) {
    const parsed = ContactSchema.safeParse(record.value);
    if (parsed.success) saved.contacts.push({ ...parsed.data, recordId: record.id });
    else saved.unreadable++;
  }
  saved.contacts.sort((a, b) => a.name.localeCompare(b.name));
  return saved;
}

export async function saveFavourite(entryId: string): Promise<void> {
  await putRecord(favouriteKind, crypto.randomUUID(), FavouriteSchema.parse({ entryId, savedAt: new Date().toISOString() }));
}

export async function removeSaved(kind: typeof favouriteKind | typeof contactKind, recordId: string): Promise<void> {
  await deleteRecord(kind, recordId);
}

export type ContactDraft = { name: string; role: ContactRole; phone: string };
export type ContactProblem = { name?: 'missing' | 'too-long'; phone?: 'invalid' };

/** Checks a contact the person typed; nothing is saved unless every field is right. */
export function checkContact(draft: ContactDraft): { contact: Contact } | { problems: ContactProblem } {
  const problems: ContactProblem = {};
  const name = draft.name.trim();
  if (name === '') problems.name = 'missing';
  else if (name.length > 80) problems.name = 'too-long';
  const phone = dialStringFrom(draft.phone);
  if (!PhoneNumberSchema.safeParse(phone).success) problems.phone = 'invalid';
  if (problems.name || problems.phone) return { problems };
  return { contact: { name, role: draft.role, phone, savedAt: new Date().toISOString() } };
}

export async function saveContact(contact: Contact): Promise<void> {
  await putRecord(contactKind, crypto.randomUUID(), ContactSchema.parse(contact));
}

export type SaveFailure = 'locked' | 'storage-full' | 'failed';

export function saveFailureOf(error: unknown): SaveFailure {
  if (isVaultError(error, 'locked') || isVaultError(error, 'no-vault')) return 'locked';
  if (isVaultError(error, 'storage-full')) return 'storage-full';
  return 'failed';
}
