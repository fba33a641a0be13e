import type { TestApp } from './harness';

const CREATE_INDICATOR = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } userErrors { code } } }`;

/**
 * The Cà Mau 2023 campaign of docs/domain.md §1, as createCampaign input (defaults: Asia/Ho_Chi_Minh, Friday 16:00).
 */
export const CA_MAU_CAMPAIGN_INPUT = {
  name: 'Chiến dịch cao điểm 69 ngày đêm',
  startDate: '2023-03-01',
  endDate: '2023-05-09',
  indicators: [{ code: 'ONLINE_RESOLUTION' }, { code: 'DIGITIZATION' }, { code: 'ONLINE_PAYMENT' }],
};

/** The three Cà Mau indicators, created through the API. */
export async function createIndicators(app: TestApp, token: string): Promise<void> {
  for (const code of ['ONLINE_RESOLUTION', 'DIGITIZATION', 'ONLINE_PAYMENT']) {
    await app.gql(
      CREATE_INDICATOR,
      { input: { code, name: code, numeratorLabel: 'Đạt', denominatorLabel: 'Tổng' } },
      token,
    );
  }
}
