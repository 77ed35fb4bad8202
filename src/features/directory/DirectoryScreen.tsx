import { usePath } from '../../ui/router';
import { BrowseDirectory } from './BrowseDirectory';
import { EntryDetails } from './EntryDetails';
import { entryIdFromPath } from './paths';
import './directory.css';

/** /directory lists a country's entries; /directory/<entry id> shows one entry in full. */
export function DirectoryScreen() {
  const entryId = entryIdFromPath(usePath());
  return <div className="screen">{entryId === undefined ? <BrowseDirectory /> : <EntryDetails entryId={entryId} />}</div>;
}
