export const directoryPath = '/directory';

/** The entry id in /directory/<id>, or undefined on the list. Ids are public content ids, never personal. */
export function entryIdFromPath(path: string): string | undefined {
  const rest = path.slice(directoryPath.length).replace(/^\/+|\/+$/g, '');
  if (rest === '') return undefined;
  try {
    return decodeURIComponent(rest);
  } catch {
    return rest;
  }
}

export function entryPath(entryId: string): string {
  return `${directoryPath}/${encodeURIComponent(entryId)}`;
}
