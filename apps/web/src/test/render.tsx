import type { ReactElement } from 'react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { createCache } from '../foundation/apollo/client';
import type { Lang } from '../foundation/i18n/format';
import { createI18n } from '../foundation/i18n/i18n';

/** Shows the router's current path so tests can assert navigation. */
export function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname}</output>;
}

export function renderWithProviders(
  ui: ReactElement,
  {
    mocks = [],
    route = '/',
    lang = 'vi',
  }: { mocks?: ReadonlyArray<MockLink.MockedResponse>; route?: string; lang?: Lang } = {},
) {
  const i18n = createI18n(lang);
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks} cache={createCache()}>
        <MemoryRouter initialEntries={[route]}>
          {ui}
          <LocationProbe />
        </MemoryRouter>
      </MockedProvider>
    </I18nextProvider>,
  );
  return { ...result, i18n };
}
