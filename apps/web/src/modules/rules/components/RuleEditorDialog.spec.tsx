import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { caMauCampaign } from '../../../test/campaign-fixtures';
import { renderWithProviders } from '../../../test/render';
import { CreateRuleMutation } from '../graphql/mutations/create-rule';
import { RuleEditorDialog } from './RuleEditorDialog';

const RANK_CONDITION = { and: [{ '!=': [{ var: 'rank' }, null] }, { '<=': [{ var: 'rank' }, 3] }] };

describe('RuleEditorDialog', () => {
  it('builds the JSON from the form (rank ≤ 3 with its null test) and shows the server’s UNKNOWN_VARIABLE beside the condition', async () => {
    const user = userEvent.setup();
    const input = {
      campaignId: 'c-1',
      code: 'TOP3',
      name: 'Ba đơn vị dẫn đầu',
      outcome: 'COMMENDATION',
      form: 'Biểu dương',
      priority: 150,
      condition: {
        and: [{ '!=': [{ var: 'rank' }, null] }, { '<=': [{ var: 'rank' }, 3] }, { '>': [{ var: 'rankk' }, 0] }],
      },
      enabled: true,
    };
    renderWithProviders(
      <RuleEditorDialog
        campaign={caMauCampaign({ status: 'ACTIVE' })}
        rule={null}
        onClose={jest.fn()}
        onSaved={jest.fn()}
      />,
      {
        mocks: [
          {
            request: { query: CreateRuleMutation, variables: { input } },
            result: {
              data: {
                createRule: {
                  __typename: 'RulePayload',
                  rule: null,
                  userErrors: [
                    {
                      __typename: 'UserError',
                      code: 'UNKNOWN_VARIABLE',
                      field: ['input', 'condition'],
                      message: 'Unknown variable "rankk"',
                    },
                  ],
                },
              },
            },
          },
        ],
      },
    );
    const dialog = screen.getByRole('dialog', { name: 'Thêm tiêu chí thi đua' });
    await user.type(within(dialog).getByLabelText('Mã tiêu chí'), 'TOP3');
    await user.type(within(dialog).getByLabelText('Tên tiêu chí'), 'Ba đơn vị dẫn đầu');
    await user.type(within(dialog).getByLabelText(/^Hình thức/), 'Biểu dương');
    await user.clear(within(dialog).getByLabelText('Độ ưu tiên'));
    await user.type(within(dialog).getByLabelText('Độ ưu tiên'), '150');

    const clause = within(dialog).getByRole('group', { name: 'Điều kiện 1' });
    await user.selectOptions(within(clause).getByLabelText('Số liệu'), 'rank');
    await user.selectOptions(within(clause).getByLabelText('So sánh'), '<=');
    await user.clear(within(clause).getByLabelText('Giá trị'));
    await user.type(within(clause).getByLabelText('Giá trị'), '3');
    const json = within(dialog).getByLabelText('Điều kiện dạng JSON Logic') as HTMLTextAreaElement;
    expect(JSON.parse(json.value)).toEqual(RANK_CONDITION);

    // A typo typed into the JSON: the form cannot show it, the server names it.
    await user.clear(json);
    await user.click(json);
    await user.paste(JSON.stringify(input.condition));
    expect(
      within(dialog).getByText('Điều kiện này không biểu diễn được bằng các ô ở trên: hãy sửa trực tiếp trong JSON.'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(
      await within(dialog).findByText('Điều kiện dùng một số liệu không có: Unknown variable "rankk"'),
    ).toBeInTheDocument();
    expect(json).toHaveAttribute('aria-invalid', 'true');
  });

  it('says at once when the JSON is not JSON', async () => {
    const user = userEvent.setup();
    renderWithProviders(
      <RuleEditorDialog campaign={caMauCampaign()} rule={null} onClose={jest.fn()} onSaved={jest.fn()} />,
    );
    const json = screen.getByLabelText('Điều kiện dạng JSON Logic');
    await user.clear(json);
    await user.click(json);
    await user.paste('{"and": [');
    expect(screen.getByText(/^JSON không hợp lệ:/)).toBeInTheDocument();
  });
});
