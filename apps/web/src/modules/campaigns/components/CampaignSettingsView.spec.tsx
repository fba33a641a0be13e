import { screen } from '@testing-library/react';
import { caMauCampaign } from '../../../test/campaign-fixtures';
import { renderWithProviders } from '../../../test/render';
import { CampaignSettingsView } from './CampaignSettingsView';

describe('CampaignSettingsView', () => {
  it('shows the settings as text, not as a disabled form', () => {
    renderWithProviders(<CampaignSettingsView campaign={caMauCampaign({ status: 'ACTIVE' })} />);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('Chiến dịch cao điểm 69 ngày đêm')).toBeInTheDocument();
    expect(screen.getByText('01/03/2023 – 09/05/2023')).toBeInTheDocument();
    expect(screen.getByText('Thứ Sáu, 16:00 hằng tuần')).toBeInTheDocument();
    expect(screen.getByText('Cấp tỉnh, Cấp huyện, Cấp xã')).toBeInTheDocument();
    expect(screen.getByText('Tỷ lệ thanh toán trực tuyến')).toBeInTheDocument();
    expect(screen.getByText('Từ 90 điểm')).toBeInTheDocument();
    // Scoring off: said in words, not as four zeros.
    expect(screen.getByText(/Đang tắt/)).toBeInTheDocument();
    // Names, never the codes behind them.
    expect(screen.queryByText(/ONLINE_PAYMENT|EXCELLENT/)).not.toBeInTheDocument();
  });

  it('lists the bonus, the penalties and the tie-breaks in order when scoring is on', () => {
    const campaign = caMauCampaign();
    renderWithProviders(
      <CampaignSettingsView
        campaign={{
          ...campaign,
          scoring: {
            ...campaign.scoring,
            bonusMax: 5,
            penaltyPerLate: 0.5,
            penaltyMax: null,
            tieBreaks: ['ON_TIME_SHARE', 'VOLUME'],
          },
        }}
      />,
    );
    expect(screen.getByText('5 điểm')).toBeInTheDocument();
    expect(screen.getByText('0,5 điểm')).toBeInTheDocument();
    expect(screen.getByText('Không giới hạn')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });
});
