import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { SetEmailPreferencesMutation } from '../graphql/mutations/set-email-preferences';
import { EmailPreferencesQuery } from '../graphql/queries/email-preferences';
import { EmailPreferenceToggle } from './EmailPreferenceToggle';

const prefsMock = (reminders: boolean) => ({
  request: { query: EmailPreferencesQuery },
  result: { data: { emailPreferences: { __typename: 'EmailPreferences', reminders } } },
});
const setMock = (reminders: boolean) => ({
  request: { query: SetEmailPreferencesMutation, variables: { input: { reminders } } },
  result: {
    data: {
      setEmailPreferences: {
        __typename: 'SetEmailPreferencesPayload',
        emailPreferences: { __typename: 'EmailPreferences', reminders },
        userErrors: [],
      },
    },
  },
});

describe('EmailPreferenceToggle', () => {
  it('saves at once when switched and says so', async () => {
    const user = userEvent.setup();
    renderWithProviders(<EmailPreferenceToggle />, { mocks: [prefsMock(true), setMock(false)] });
    const toggle = await screen.findByRole('switch', { name: 'Nhận email nhắc nộp báo cáo' });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    expect(await screen.findByText('Đã lưu: bạn sẽ không nhận email nhắc nộp báo cáo.')).toBeInTheDocument();
    expect(toggle).not.toBeChecked();
  });

  it('says so in English', async () => {
    renderWithProviders(<EmailPreferenceToggle />, { mocks: [prefsMock(false)], lang: 'en' });
    expect(await screen.findByRole('switch', { name: 'Receive report reminders by email' })).not.toBeChecked();
  });
});
