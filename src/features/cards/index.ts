// The cards' public surface: the /cards screen (its own chunk, loaded by the route).
export { CardsScreen } from './CardsScreen';
