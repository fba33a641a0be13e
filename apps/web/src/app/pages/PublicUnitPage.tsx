import { useParams } from 'react-router-dom';
import { PublicUnitScreen } from '../../modules/public-scoreboard';

/** /cong-khai/:slug/don-vi/:unitId — a unit's public page, outside the signed-in shell. */
export function PublicUnitPage() {
  const { slug = '', unitId = '' } = useParams();
  return <PublicUnitScreen key={`${slug}/${unitId}`} slug={slug} unitId={unitId} />;
}
