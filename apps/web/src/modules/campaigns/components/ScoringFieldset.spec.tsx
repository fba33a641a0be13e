import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { caMauCampaign, INDICATORS } from '../../../test/campaign-fixtures';
import { LEVELS } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { UpdateCampaignMutation } from '../graphql/mutations/update-campaign';
import { campaignValuesOf } from '../utils/campaign-form';
import { CampaignForm } from './CampaignForm';

const SCORING_ON = {
  __typename: 'ScoringSettings' as const,
  bonusMax: 10,
  bonusFullAt: 1.5,
  penaltyPerLate: 1,
  penaltyPerMissing: 2,
  penaltyMax: 20,
  tieBreaks: ['UNCAPPED_ACHIEVEMENT', 'ON_TIME_SHARE'] as Array<
    'UNCAPPED_ACHIEVEMENT' | 'ON_TIME_SHARE' | 'FEWER_MISSING' | 'VOLUME'
  >,
};

function renderForm(campaign = caMauCampaign(), mocks: Parameters<typeof renderWithProviders>[1] = {}) {
  const onSaved = jest.fn();
  const view = renderWithProviders(
    <CampaignForm
      campaign={campaign}
      initial={campaignValuesOf(campaign, 'vi-VN')}
      levels={LEVELS}
      indicators={INDICATORS}
      editable
      onSaved={onSaved}
    />,
    mocks,
  );
  return { ...view, onSaved };
}

const payload = (campaign: ReturnType<typeof caMauCampaign>, userErrors: unknown[] = []) => ({
  data: {
    updateCampaign: {
      __typename: 'CampaignPayload',
      campaign: userErrors.length ? null : campaign,
      userErrors,
    },
  },
});

describe('campaign scoring settings', () => {
  it('starts off: every field at 0, F at 1,5, no tie-break, and a note that the ranking uses the capped score alone', () => {
    renderForm();
    const section = screen.getByRole('group', { name: 'Cách tính điểm' });
    expect(within(section).getByLabelText('Điểm thưởng tối đa')).toHaveValue('0');
    expect(within(section).getByLabelText('Trọn điểm thưởng khi đạt (F × chỉ tiêu)')).toHaveValue('1,5');
    expect(within(section).getByLabelText('Điểm trừ mỗi báo cáo trễ hạn')).toHaveAccessibleDescription(
      'Trừ cho mỗi báo cáo trễ hạn, tính đến kỳ xếp hạng. 0 = không trừ.',
    );
    expect(within(section).getByLabelText('Tổng điểm trừ tối đa')).toHaveValue('');
    expect(within(section).getByText(/Đang tắt .*chỉ dùng điểm cơ bản/)).toBeInTheDocument();
    expect(within(section).getByText('Chưa có tiêu chí phụ: đơn vị bằng điểm cùng hạng.')).toBeInTheDocument();
  });

  it("checks the settings with the domain's rule before asking the API, and says it beside the field", async () => {
    const user = userEvent.setup();
    renderForm();
    const fullAt = screen.getByLabelText('Trọn điểm thưởng khi đạt (F × chỉ tiêu)');
    await user.clear(fullAt);
    await user.type(fullAt, '1');
    const cap = screen.getByLabelText('Tổng điểm trừ tối đa');
    await user.type(cap, '1500');
    await user.click(screen.getByRole('button', { name: 'Lưu thông tin' }));

    expect(fullAt).toHaveAttribute('aria-invalid', 'true');
    expect(fullAt).toHaveAccessibleDescription(expect.stringContaining('F phải lớn hơn 1, ví dụ 1,5.'));
    expect(cap).toHaveAccessibleDescription(
      expect.stringContaining('Tổng điểm trừ tối đa là một số từ 0 đến 1.000, hoặc để trống.'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Chưa lưu được. Vui lòng sửa các lỗi bên dưới.');
    // No mutation was mocked: a request would have failed with a network error instead.
    expect(screen.queryByText('Không kết nối được máy chủ. Vui lòng thử lại.')).toBeNull();
  });

  it("shows the server's refusal on the field it names", async () => {
    const user = userEvent.setup();
    const campaign = caMauCampaign();
    renderForm(campaign, {
      mocks: [
        {
          request: {
            query: UpdateCampaignMutation,
            variables: {
              input: {
                id: 'c-1',
                version: 4,
                scoring: { bonusMax: 0, bonusFullAt: 1.5, penaltyPerLate: 3, penaltyPerMissing: 0, tieBreaks: [] },
              },
            },
          },
          result: payload(campaign, [
            {
              __typename: 'UserError',
              code: 'INVALID_PENALTY',
              field: ['input', 'scoring', 'penaltyPerLate'],
              message: 'no',
            },
          ]),
        },
      ],
    });
    const late = screen.getByLabelText('Điểm trừ mỗi báo cáo trễ hạn');
    await user.clear(late);
    await user.type(late, '3');
    await user.click(screen.getByRole('button', { name: 'Lưu thông tin' }));
    await waitFor(() => expect(late).toHaveAttribute('aria-invalid', 'true'));
    expect(late).toHaveAccessibleDescription(expect.stringContaining('Điểm trừ là một số từ 0 đến 1.000.'));
  });

  it('asks before changing the scoring of an active campaign, and saves only when confirmed', async () => {
    const user = userEvent.setup();
    const campaign = caMauCampaign({ status: 'ACTIVE', scoring: SCORING_ON });
    const { onSaved } = renderForm(campaign, {
      mocks: [
        {
          request: {
            query: UpdateCampaignMutation,
            variables: {
              input: {
                id: 'c-1',
                version: 4,
                scoring: {
                  bonusMax: 12.5,
                  bonusFullAt: 1.5,
                  penaltyPerLate: 1,
                  penaltyPerMissing: 2,
                  penaltyMax: 20,
                  tieBreaks: ['UNCAPPED_ACHIEVEMENT', 'ON_TIME_SHARE'],
                },
              },
            },
          },
          result: payload(caMauCampaign({ status: 'ACTIVE', version: 5 })),
        },
      ],
    });
    const bonus = screen.getByLabelText('Điểm thưởng tối đa');
    expect(bonus).toHaveValue('10');
    expect(screen.queryByText(/Đang tắt/)).toBeNull();
    await user.clear(bonus);
    await user.type(bonus, '12,5');
    await user.click(screen.getByRole('button', { name: 'Lưu thông tin' }));

    let dialog = screen.getByRole('alertdialog', { name: 'Đổi cách tính điểm?' });
    expect(dialog).toHaveTextContent('bảng xếp hạng và phần xem trước của các đợt xét chưa hoàn tất sẽ tính lại');
    expect(dialog).toHaveTextContent('Các đợt xét đã hoàn tất giữ nguyên kết quả đã chốt.');
    expect(within(dialog).getByRole('button', { name: 'Hủy' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Lưu thông tin' }));
    dialog = screen.getByRole('alertdialog', { name: 'Đổi cách tính điểm?' });
    await user.click(within(dialog).getByRole('button', { name: 'Lưu cách tính mới' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });

  it('saves other changes of an active campaign without asking when the scoring is unchanged', async () => {
    const user = userEvent.setup();
    const campaign = caMauCampaign({ status: 'ACTIVE' });
    const { onSaved } = renderForm(campaign, {
      mocks: [
        {
          request: {
            query: UpdateCampaignMutation,
            variables: { input: { id: 'c-1', version: 4, name: 'Chiến dịch 2' } },
          },
          result: payload(caMauCampaign({ status: 'ACTIVE', version: 5 })),
        },
      ],
    });
    const name = screen.getByLabelText('Tên chiến dịch');
    await user.clear(name);
    await user.type(name, 'Chiến dịch 2');
    await user.click(screen.getByRole('button', { name: 'Lưu thông tin' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('builds the tie-break chain with the keyboard: add, move up and down (the focus follows), remove', async () => {
    const user = userEvent.setup();
    renderForm();
    const section = screen.getByRole('group', { name: 'Thứ tự xét khi bằng điểm' });
    const add = within(section).getByRole('button', { name: 'Thêm vào cuối danh sách' });
    await user.click(add);
    await user.selectOptions(within(section).getByLabelText('Tiêu chí phụ'), 'FEWER_MISSING');
    await user.click(add);
    const items = () =>
      within(within(section).getByRole('list', { name: 'Thứ tự xét khi bằng điểm' }))
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.tiebreak-item__label')?.textContent);
    expect(items()).toEqual(['Tỷ lệ vượt chỉ tiêu', 'Ít báo cáo thiếu hơn']);
    // Each criterion at most once: the chosen ones are no longer offered.
    expect(
      within(within(section).getByLabelText('Tiêu chí phụ'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Tỷ lệ báo cáo đúng hạn', 'Số hồ sơ xử lý']);

    within(section).getByRole('button', { name: 'Chuyển lên: Ít báo cáo thiếu hơn' }).focus();
    await user.keyboard('{Enter}');
    expect(items()).toEqual(['Ít báo cáo thiếu hơn', 'Tỷ lệ vượt chỉ tiêu']);
    // At the top "move up" is disabled: the focus goes to "move down" of the same criterion.
    expect(within(section).getByRole('button', { name: 'Chuyển xuống: Ít báo cáo thiếu hơn' })).toHaveFocus();
    expect(within(section).getByRole('status')).toHaveTextContent('Đã chuyển “Ít báo cáo thiếu hơn” đến vị trí 1.');
    await user.keyboard('{Enter}');
    expect(items()).toEqual(['Tỷ lệ vượt chỉ tiêu', 'Ít báo cáo thiếu hơn']);

    await user.click(within(section).getByRole('button', { name: 'Bỏ tiêu chí: Tỷ lệ vượt chỉ tiêu' }));
    expect(items()).toEqual(['Ít báo cáo thiếu hơn']);
    expect(within(section).getByRole('button', { name: 'Bỏ tiêu chí: Ít báo cáo thiếu hơn' })).toHaveFocus();
  });
});
