import { lazy, Suspense, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { useStartAtTop } from '../useStartAtTop';

/*
 * The notes' public surface inside crisis support. Their code (and the vault's) loads only when a
 * Companion saves or reads a note, so starting a crisis script never waits for it.
 */
export { notesPath } from './paths';
export type { NoteDraft } from './companionNotes';

const NotesScreenChunk = lazy(async () => ({ default: (await import('./NotesScreen')).NotesScreen }));
const NoteEditorChunk = lazy(async () => ({ default: (await import('./NoteEditor')).NoteEditor }));

/** While the chunk loads: a plain heading, which leaves the focus request to the screen that replaces it. */
function Opening({ title }: { title: string }) {
  const { t } = useTranslation('crisis');
  return (
    <div className="screen">
      <h1 className="screen-heading">{title}</h1>
      <p className="loading">{t('note.opening')}</p>
    </div>
  );
}

export function NotesScreen() {
  const { t } = useTranslation('crisis');
  useStartAtTop();
  return (
    <Suspense fallback={<Opening title={t('notes.title')} />}>
      <NotesScreenChunk />
    </Suspense>
  );
}

export function NoteEditor(props: ComponentProps<typeof NoteEditorChunk>) {
  const { t } = useTranslation('crisis');
  useStartAtTop();
  return (
    <Suspense fallback={<Opening title={t('note.title')} />}>
      <NoteEditorChunk {...props} />
    </Suspense>
  );
}
