import { usePath } from '../../ui/router';
import { FeedbackList } from './FeedbackList';
import { RoundScreen } from './RoundScreen';
import './feedback.css';

/** `/feedback`: the past rounds; `/feedback/new?for=…`: a new round. */
export function FeedbackScreen() {
  const path = usePath();
  return path.replace(/\/+$/, '') === '/feedback/new' ? <RoundScreen /> : <FeedbackList />;
}
