import { useParams } from 'react-router-dom';
import { PublicScoreboardScreen } from '../../modules/public-scoreboard';

/** /cong-khai/:slug — a campaign's public scoreboard, outside the signed-in shell. */
export function PublicScoreboardPage() {
  const { slug = '' } = useParams();
  return <PublicScoreboardScreen key={slug} slug={slug} />;
}
