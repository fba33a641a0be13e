import { screen, within } from '@testing-library/react';
import { caMauCampaign } from '../../../test/campaign-fixtures';
import { renderWithProviders } from '../../../test/render';
import { RulesQuery } from '../graphql/queries/rules';
import { RulesPanel } from './RulesPanel';

const RULE = {
  __typename: 'Rule',
  id: 'r-1',
  version: 1,
  code: 'BANG_KHEN',
  name: 'Bằng khen',
  outcome: 'COMMENDATION',
  form: 'Bằng khen của Chủ tịch UBND tỉnh',
  priority: 300,
  condition: { '<=': [{ var: 'rank' }, 3] },
  enabled: true,
  conditionText: 'đạt mọi chỉ tiêu, không nộp trễ, hạng ≤ 3',
};

describe('RulesPanel', () => {
  it('says each rule’s condition in words', async () => {
    renderWithProviders(<RulesPanel campaign={caMauCampaign({ status: 'ACTIVE' })} canManage={false} />, {
      mocks: [
        {
          request: { query: RulesQuery, variables: { campaignId: 'c-1', language: 'VI' } },
          result: { data: { rules: [RULE] } },
        },
      ],
    });
    const row = (await screen.findByRole('rowheader', { name: 'Bằng khen' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('đạt mọi chỉ tiêu, không nộp trễ, hạng ≤ 3')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Điều kiện' })).toBeInTheDocument();
  });
});
