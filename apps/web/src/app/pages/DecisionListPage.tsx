import { useParams } from 'react-router-dom';
import { DecisionList } from '../../modules/reviews/components/DecisionList';

export function DecisionListPage() {
  const { id = '', reviewId = '' } = useParams();
  return <DecisionList campaignId={id} reviewId={reviewId} />;
}
