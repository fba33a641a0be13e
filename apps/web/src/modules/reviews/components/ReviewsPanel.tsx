import { Route, Routes } from 'react-router-dom';
import { useCurrentUser } from '../../auth';
import { ReviewList } from './ReviewList';
import { ReviewScreen } from './ReviewScreen';
import type { ReviewCampaign } from './types';
import './reviews.css';

/** The campaign's "Đợt xét" tab: the list of reviews, and one review at its own address. */
export function ReviewsPanel({ campaign }: { campaign: ReviewCampaign }) {
  const { user } = useCurrentUser();
  const canDecide = user?.role === 'ADMIN' || user?.role === 'BOARD';
  return (
    <Routes>
      <Route index element={<ReviewList campaign={campaign} canDecide={canDecide} />} />
      <Route path=":reviewId" element={<ReviewScreen campaign={campaign} canDecide={canDecide} />} />
    </Routes>
  );
}
