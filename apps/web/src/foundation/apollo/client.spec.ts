import { MeDocument } from '../../generated/graphql';
import { SESSION_TOKEN_KEY } from '../session/session-token';
import { createApolloClient, webSocketUrl } from './client';

/** A fetch that answers every request with `body` and records the headers it was sent. */
function fakeFetch(body: unknown) {
  const calls: Array<Record<string, string>> = [];
  const fetch = jest.fn(async (_url: unknown, init?: { headers?: Record<string, string> }) => {
    calls.push(init?.headers ?? {});
    const text = JSON.stringify(body);
    return {
      ok: true,
      status: 200,
      headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) },
      text: async () => text,
    };
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

describe('createApolloClient', () => {
  it('sends the stored session token as a Bearer token', async () => {
    window.localStorage.setItem(SESSION_TOKEN_KEY, 'session-abc');
    const { fetch, calls } = fakeFetch({ data: { me: null } });
    await createApolloClient({ fetch }).query({ query: MeDocument });
    expect(calls[0]['authorization']).toBe('Bearer session-abc');
  });

  it("asks for the server's messages in the UI's language (Accept-Language)", async () => {
    for (const lang of ['vi', 'en']) {
      document.documentElement.lang = lang;
      const { fetch, calls } = fakeFetch({ data: { me: null } });
      await createApolloClient({ fetch }).query({ query: MeDocument, fetchPolicy: 'network-only' });
      expect(calls[0]['accept-language']).toBe(lang);
    }
  });

  it('forgets the token when the server answers UNAUTHENTICATED', async () => {
    window.localStorage.setItem(SESSION_TOKEN_KEY, 'expired');
    const { fetch } = fakeFetch({
      data: null,
      errors: [{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    await expect(createApolloClient({ fetch }).query({ query: MeDocument })).rejects.toThrow('Not signed in');
    expect(window.localStorage.getItem(SESSION_TOKEN_KEY)).toBeNull();
  });

  it('keeps the token on other errors', async () => {
    window.localStorage.setItem(SESSION_TOKEN_KEY, 'session-abc');
    const { fetch } = fakeFetch({ data: null, errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] });
    await expect(createApolloClient({ fetch }).query({ query: MeDocument })).rejects.toThrow();
    expect(window.localStorage.getItem(SESSION_TOKEN_KEY)).toBe('session-abc');
  });

  it('opens subscriptions on the same host and path, wss: behind https:', () => {
    expect(webSocketUrl('/graphql', { href: 'http://localhost:5173/bao-cao' })).toBe('ws://localhost:5173/graphql');
    expect(webSocketUrl('/graphql', { href: 'https://thidua.camau.gov.vn/' })).toBe(
      'wss://thidua.camau.gov.vn/graphql',
    );
  });
});
