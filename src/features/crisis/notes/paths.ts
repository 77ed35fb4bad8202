/** Where a Companion reads the notes they saved. The path names the screen, never a note. */
export const notesPath = '/crisis/notes';
