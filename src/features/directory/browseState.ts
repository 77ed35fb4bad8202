import type { ServiceType } from '../../content/schema';
import { onLockRequested } from '../../vault/lockSignal';

/*
 * What the person was looking at, so "back" from an entry returns to the same list. Memory only:
 * a search can say a lot about someone ("violación"), so it is never stored, and a lock (quick exit,
 * idle) forgets it at once.
 */
export type BrowseState = { region: string; type: ServiceType | ''; query: string };

const emptyState: BrowseState = { region: '', type: '', query: '' };
let remembered: BrowseState = emptyState;

export function rememberedBrowseState(): BrowseState {
  return remembered;
}

export function rememberBrowseState(state: BrowseState): void {
  remembered = state;
}

export function forgetBrowseState(): void {
  remembered = emptyState;
}

onLockRequested(forgetBrowseState);
