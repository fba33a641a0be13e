import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './AppRoutes';

export function App({ client, i18n }: { client: ApolloClient; i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        {/* Without transitions, a page whose file is still on its way says so at once ("Đang tải trang…") instead
            of the previous page staying on screen with no sign that the click was taken, which on a slow line looks
            broken. */}
        <BrowserRouter useTransitions={false}>
          <AppRoutes />
        </BrowserRouter>
      </ApolloProvider>
    </I18nextProvider>
  );
}
