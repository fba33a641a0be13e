import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { caMauCampaign, INDICATORS } from '../../../test/campaign-fixtures';
import { LEVELS } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { IndicatorsQuery } from '../../indicators';
import { LevelsQuery } from '../../units';
import { CreateCampaignMutation } from '../graphql/mutations/create-campaign';
import { UpdateCampaignMutation } from '../graphql/mutations/update-campaign';
import { CampaignStatusActions } from './CampaignStatusActions';
import { NewCampaignScreen } from './NewCampaignScreen';

const userError = (code: string, field: string[], message: string) => ({
  __typename: 'UserError',
  code,
  field,
  message,
});
const LEGEND = [
  { code: 'EXCELLENT', name: 'Xuất sắc', minScore: 90 },
  { code: 'GOOD', name: 'Tốt', minScore: 75 },
  { code: 'AVERAGE', name: 'Trung bình', minScore: 50 },
  { code: 'WEAK', name: 'Yếu', minScore: 0 },
];

describe('campaign editor', () => {
  it('shows a refused weight on its indicator row and keeps what was typed', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NewCampaignScreen />, {
      mocks: [
        { request: { query: LevelsQuery }, result: { data: { levels: LEVELS } } },
        { request: { query: IndicatorsQuery }, result: { data: { indicators: INDICATORS } } },
        {
          request: {
            query: CreateCampaignMutation,
            variables: {
              input: {
                name: 'Chiến dịch cao điểm 69 ngày đêm',
                startDate: '2023-03-01',
                endDate: '2023-05-09',
                timeZone: 'Asia/Ho_Chi_Minh',
                dueWeekday: 'FRIDAY',
                dueTime: '16:00',
                indicators: [{ code: 'ONLINE_RESOLUTION', weight: 1500 }],
                legend: LEGEND,
                levelKeys: ['province', 'district', 'commune'],
              },
            },
          },
          result: {
            data: {
              createCampaign: {
                __typename: 'CampaignPayload',
                campaign: null,
                userErrors: [userError('INVALID_WEIGHT', ['input', 'indicators', '0', 'weight'], 'too heavy')],
              },
            },
          },
        },
      ],
    });
    await user.type(await screen.findByLabelText('Tên chiến dịch'), 'Chiến dịch cao điểm 69 ngày đêm');
    await user.type(screen.getByLabelText('Từ ngày'), '01/03/2023');
    await user.type(screen.getByLabelText('Đến ngày (tính cả ngày này)'), '9/5/2023');
    await user.tab();
    expect(screen.getByLabelText('Đến ngày (tính cả ngày này)')).toHaveValue('09/05/2023');
    await user.click(screen.getByRole('button', { name: 'Thêm chỉ số' }));
    await user.selectOptions(screen.getByLabelText('Chỉ số thứ 1'), 'ONLINE_RESOLUTION');
    const weight = screen.getByLabelText('Trọng số');
    await user.clear(weight);
    await user.type(weight, '1500');
    await user.click(screen.getByRole('button', { name: 'Tạo chiến dịch' }));

    await waitFor(() => expect(weight).toHaveAttribute('aria-invalid', 'true'));
    expect(weight).toHaveAccessibleDescription('Trọng số phải lớn hơn 0 và không quá 1.000.');
    expect(screen.getByRole('alert')).toHaveTextContent('Chưa lưu được. Vui lòng sửa các lỗi bên dưới.');
    expect(screen.getByLabelText('Tên chiến dịch')).toHaveValue('Chiến dịch cao điểm 69 ngày đêm');
  });

  it('says why a campaign cannot be activated yet (no targets)', async () => {
    const user = userEvent.setup();
    const campaign = caMauCampaign();
    renderWithProviders(<CampaignStatusActions campaign={campaign} canManage onReload={jest.fn()} />, {
      mocks: [
        {
          request: { query: UpdateCampaignMutation, variables: { input: { id: 'c-1', version: 4, status: 'ACTIVE' } } },
          result: {
            data: {
              updateCampaign: {
                __typename: 'CampaignPayload',
                campaign: null,
                userErrors: [userError('NO_TARGETS', ['input', 'status'], 'no targets')],
              },
            },
          },
        },
      ],
    });
    expect(within(screen.getByRole('heading', { name: /Trạng thái/ })).getByText('Nháp')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Kích hoạt' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Chưa kích hoạt được: hãy nhập ít nhất một chỉ tiêu (tab Chỉ tiêu) trước.',
    );
  });
});
