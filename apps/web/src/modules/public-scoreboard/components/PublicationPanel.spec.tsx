import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { caMauCampaign } from '../../../test/campaign-fixtures';
import { renderWithProviders } from '../../../test/render';
import { PublishCampaignMutation, UnpublishCampaignMutation } from '../graphql/mutations/publish-campaign';
import { CampaignPublicationQuery } from '../graphql/queries/campaign-publication';
import { PublicationPanel } from './PublicationPanel';
import { PublicScoreboardNotice } from './PublicScoreboardNotice';

const campaign = caMauCampaign({ status: 'ACTIVE' });
const SLUG = 'chien-dich-cao-diem-69-ngay-dem';

function publication(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'CampaignPublication' as const,
    published: true,
    slug: SLUG,
    path: `/cong-khai/${SLUG}`,
    levels: campaign.levels.slice(0, 2),
    figures: 'WITH_RATES' as const,
    fromPeriod: 1,
    updatedAt: '2026-12-04T10:00:00.000Z',
    ...overrides,
  };
}

const publicationMock = (value: ReturnType<typeof publication> | null) => ({
  request: { query: CampaignPublicationQuery, variables: { id: campaign.id } },
  result: { data: { campaign: { __typename: 'Campaign' as const, id: campaign.id, publication: value } } },
});

const publishMock = (
  input: Record<string, unknown>,
  answer: { publication: ReturnType<typeof publication> | null; userErrors: unknown[] },
) => ({
  request: { query: PublishCampaignMutation, variables: { input: { campaignId: campaign.id, ...input } } },
  result: { data: { publishCampaign: { __typename: 'PublishCampaignPayload' as const, ...answer } } },
});

describe('"Công khai kết quả" in a campaign\'s settings', () => {
  it('prefills the address from the name, publishes the chosen levels and figures, then gives the link and its QR code', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PublicationPanel campaign={campaign} canManage />, {
      mocks: [
        publicationMock(null),
        publishMock(
          { slug: SLUG, levelKeys: ['province', 'district'], figures: 'WITH_RATES', fromPeriod: 1 },
          { publication: publication(), userErrors: [] },
        ),
      ],
    });

    const slug = await screen.findByRole('textbox', { name: 'Địa chỉ công khai' });
    expect(slug).toHaveValue(SLUG);
    expect(screen.getByText('Chưa công khai.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Cấp xã' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Điểm và xếp loại' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Công khai từ kỳ' })).toHaveValue('1');

    await user.click(screen.getByRole('checkbox', { name: 'Cấp xã' }));
    await user.click(screen.getByRole('radio', { name: 'Kèm tỉ lệ các chỉ tiêu' }));
    await user.click(screen.getByRole('button', { name: 'Công khai' }));

    expect(await screen.findByText('Đã công khai kết quả.')).toBeInTheDocument();
    expect(screen.getByText('Đang công khai.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Đường dẫn công khai' })).toHaveValue(
      `${window.location.origin}/cong-khai/${SLUG}`,
    );
    expect(screen.getByRole('link', { name: 'Mở trang công khai' })).toHaveAttribute('href', `/cong-khai/${SLUG}`);
    const qr = await screen.findByRole('img', {
      name: `Mã QR của đường dẫn ${window.location.origin}/cong-khai/${SLUG}`,
    });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(screen.getByRole('link', { name: 'Tải mã QR' })).toHaveAttribute('download', `ma-qr-${SLUG}.svg`);
    expect(screen.getByRole('button', { name: 'Lưu thay đổi' })).toBeInTheDocument();
  });

  it('checks the address with the domain rule before sending, and asks for a level', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PublicationPanel campaign={campaign} canManage />, { mocks: [publicationMock(null)] });
    const slug = await screen.findByRole('textbox', { name: 'Địa chỉ công khai' });
    await user.clear(slug);
    await user.type(slug, 'ab');
    for (const level of ['Cấp tỉnh', 'Cấp huyện', 'Cấp xã'])
      await user.click(screen.getByRole('checkbox', { name: level }));
    await user.click(screen.getByRole('button', { name: 'Công khai' }));

    expect(slug).toHaveAttribute('aria-invalid', 'true');
    expect(slug).toHaveAccessibleDescription(/Địa chỉ phải dài 3–80 ký tự/);
    expect(screen.getByText('Hãy chọn ít nhất một cấp.')).toBeInTheDocument();
  });

  it('says next to the address when another campaign uses it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PublicationPanel campaign={campaign} canManage />, {
      mocks: [
        publicationMock(null),
        publishMock(
          { slug: SLUG, levelKeys: ['province', 'district', 'commune'], figures: 'SCORE_AND_CLASS', fromPeriod: 1 },
          {
            publication: null,
            userErrors: [{ __typename: 'UserError', code: 'SLUG_TAKEN', field: ['input', 'slug'], message: 'taken' }],
          },
        ),
      ],
    });
    await screen.findByRole('textbox', { name: 'Địa chỉ công khai' });
    await user.click(screen.getByRole('button', { name: 'Công khai' }));
    await screen.findByText(/Địa chỉ này đã được chiến dịch khác dùng/);
    expect(screen.getByRole('textbox', { name: 'Địa chỉ công khai' })).toHaveAccessibleDescription(
      /Địa chỉ này đã được chiến dịch khác dùng/,
    );
  });

  it('stops publishing after a confirmation, keeping the settings', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PublicationPanel campaign={campaign} canManage />, {
      mocks: [
        publicationMock(publication()),
        {
          request: { query: UnpublishCampaignMutation, variables: { input: { campaignId: campaign.id } } },
          result: {
            data: {
              unpublishCampaign: {
                __typename: 'UnpublishCampaignPayload',
                publication: publication({ published: false }),
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Ngừng công khai' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Ngừng công khai kết quả?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ngừng công khai' }));

    expect(await screen.findByText('Đã ngừng công khai.')).toBeInTheDocument();
    expect(screen.getByText('Đã ngừng công khai. Thiết lập được giữ lại để công khai lại.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Đường dẫn công khai' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Công khai lại' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Kèm tỉ lệ các chỉ tiêu' })).toBeChecked();
  });

  it('shows another role only the link, and only while published', async () => {
    const { unmount } = renderWithProviders(<PublicationPanel campaign={campaign} canManage={false} />, {
      mocks: [publicationMock(publication())],
    });
    expect(await screen.findByRole('textbox', { name: 'Đường dẫn công khai' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Địa chỉ công khai' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ngừng công khai' })).not.toBeInTheDocument();
    unmount();

    renderWithProviders(
      <>
        <PublicationPanel campaign={campaign} canManage={false} />
        <PublicScoreboardNotice campaignId={campaign.id} />
      </>,
      { mocks: [publicationMock(publication({ published: false }))] },
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('heading', { name: 'Công khai kết quả' })).not.toBeInTheDocument();
    expect(screen.queryByText(/đang được công khai/)).not.toBeInTheDocument();
  });

  it('names the public address on the overview for everyone while published', async () => {
    renderWithProviders(<PublicScoreboardNotice campaignId={campaign.id} />, {
      mocks: [publicationMock(publication())],
    });
    expect(await screen.findByRole('link', { name: `${window.location.origin}/cong-khai/${SLUG}` })).toHaveAttribute(
      'href',
      `/cong-khai/${SLUG}`,
    );
  });
});
