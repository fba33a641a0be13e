import type { ReactElement } from 'react';
import { ApolloLink } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { MockLink } from '@apollo/client/testing';
import { getMainDefinition } from '@apollo/client/utilities';
import { getOperationAST, Kind, OperationTypeNode } from 'graphql';
import { Observable } from 'rxjs';
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
      <MockedProvider link={mockLink(mocks)} cache={createCache()}>
        <MemoryRouter initialEntries={[route]}>
          {ui}
          <LocationProbe />
        </MemoryRouter>
      </MockedProvider>
    </I18nextProvider>,
  );
  return { ...result, i18n };
}

/**
 * The mocks, answered as MockedProvider would. A subscription no mock names (the live updates of the report status)
 * stays open and silent: a component under test subscribes without each test mocking it.
 */
function mockLink(mocks: ReadonlyArray<MockLink.MockedResponse>): ApolloLink {
  const mocked = new Set(mocks.map((mock) => getOperationAST(mock.request.query)?.name?.value ?? ''));
  const silent = new ApolloLink(() => new Observable(() => undefined));
  return ApolloLink.split(
    ({ query, operationName }) => {
      const definition = getMainDefinition(query);
      const isSubscription =
        definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION;
      return isSubscription && !mocked.has(operationName ?? '');
    },
    silent,
    new MockLink(mocks),
  );
}
