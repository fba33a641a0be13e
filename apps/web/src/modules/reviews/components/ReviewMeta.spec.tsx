import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { REVIEW } from '../test/workspace-mocks';
import { ReviewMeta } from './ReviewMeta';
import type { ReviewCampaign, ReviewDetail } from './types';

const campaign = {
  timeZone: 'Asia/Ho_Chi_Minh',
  periods: [{ index: 1, startDate: '2023-04-03', endDate: '2023-04-09' }],
} as unknown as ReviewCampaign;

describe('ReviewMeta', () => {
  it('says the period the review is about, with its dates, apart from the day it was made', () => {
    renderWithProviders(
      <ReviewMeta review={{ ...REVIEW, createdAt: '2026-12-03T18:30:00Z' } as ReviewDetail} campaign={campaign} />,
    );
    expect(screen.getByText('Tính đến kỳ 1 (03/04/2023 – 09/04/2023)')).toBeInTheDocument();
    expect(screen.getByText('Tạo ngày 04/12/2026')).toBeInTheDocument();
    expect(screen.getByText('Bộ chỉ tiêu: Bộ chỉ tiêu chính')).toBeInTheDocument();
  });

  it('without the period’s dates, the period alone', () => {
    renderWithProviders(
      <ReviewMeta
        review={{ ...REVIEW, asOfPeriod: 7, createdAt: '2023-04-10T02:00:00Z' } as ReviewDetail}
        campaign={campaign}
      />,
    );
    expect(screen.getByText('Tính đến kỳ 7')).toBeInTheDocument();
  });
});
