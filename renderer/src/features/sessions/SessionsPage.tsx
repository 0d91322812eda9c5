import { useHashPath } from '../../app/router';
import { SessionsHome } from './SessionsHome';
import { SessionView } from './SessionView';

/**
 * "Training sessions": the calendar and the list of sessions (`#/sessions?…` with its filters),
 * and one session's page (`#/sessions/<id>`).
 */
export function SessionsPage() {
  const path = useHashPath();
  const match = /^\/sessions\/([^/?]+)/.exec(path);
  if (match) {
    const id = decodeURIComponent(match[1]);
    return <SessionView key={id} id={id} />;
  }
  return <SessionsHome />;
}
