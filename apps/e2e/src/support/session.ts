import type { Page } from 'playwright-core';
import type { AppServer } from './app-server';
import { seriousAccessibilityViolations } from './browser';

export const DEMO_PASSWORD = 'thidua-demo';

/** One GraphQL operation against the server, as the holder of `token`; throws on any error. */
export async function gql<T>(
  server: AppServer,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`GraphQL answered ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A session token for a demo account, for set-up through the API. */
export async function tokenFor(server: AppServer, email: string): Promise<string> {
  const { login } = await gql<{ login: { token: string } }>(
    server,
    null,
    'mutation ($input: LoginInput!) { login(input: $input) { token } }',
    {
      input: { email, password: DEMO_PASSWORD },
    },
  );
  return login.token;
}

/** Fills and sends the login form that the page shows, and waits until the person is signed in. */
export async function logIn(page: Page, email = 'admin@camau.demo', password = DEMO_PASSWORD): Promise<void> {
  await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // On a phone "Đăng xuất" waits behind the header's "Menu" button.
  await page
    .getByRole('button', { name: 'Đăng xuất', exact: true })
    .or(page.getByRole('button', { name: 'Menu', exact: true }))
    .waitFor();
}

export async function expectNoSeriousViolations(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}
