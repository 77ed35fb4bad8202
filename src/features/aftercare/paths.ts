/** Where a Companion reads her debriefs: a crisis subpath, like the notes. The path names the screen, never a debrief. */
export const debriefsPath = '/crisis/debriefs';
