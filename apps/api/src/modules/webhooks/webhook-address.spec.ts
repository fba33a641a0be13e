import fc from 'fast-check';
import { checkWebhookUrl, guardedLookup, isPublicAddress } from './webhook-address';

const open = { allowedHosts: [] };

describe('webhook addresses', () => {
  it.each([
    ['http://127.0.0.1/hook', 'INTERNAL_ADDRESS'],
    ['http://10.1.2.3/hook', 'INTERNAL_ADDRESS'],
    ['http://192.168.0.10:8080/', 'INTERNAL_ADDRESS'],
    ['http://169.254.169.254/latest/meta-data', 'INTERNAL_ADDRESS'],
    ['http://[::1]/', 'INTERNAL_ADDRESS'],
    ['http://[::ffff:127.0.0.1]/', 'INTERNAL_ADDRESS'],
    ['http://[fd00::1]/', 'INTERNAL_ADDRESS'],
    ['http://100.64.0.1/', 'INTERNAL_ADDRESS'],
    ['http://0.0.0.0/', 'INTERNAL_ADDRESS'],
    ['http://localhost:4000/', 'INTERNAL_ADDRESS'],
    ['http://2130706433/', 'INTERNAL_ADDRESS'],
    ['ftp://example.org/', 'SCHEME'],
    ['file:///etc/passwd', 'SCHEME'],
    ['javascript:alert(1)', 'SCHEME'],
    ['https://user:pw@example.org/', 'CREDENTIALS'],
    ['not a url', 'MALFORMED'],
  ])('%s is refused (%s)', (url, reason) => {
    expect(checkWebhookUrl(url, open)).toEqual({ ok: false, reason });
  });

  it('allows public hosts, and with allowed hosts only those (internal ones too)', () => {
    expect(checkWebhookUrl('https://hooks.example.org/thidua', open).ok).toBe(true);
    const policy = { allowedHosts: ['127.0.0.1', '*.camau.gov.vn'] };
    expect(checkWebhookUrl('http://127.0.0.1:9000/', policy).ok).toBe(true);
    expect(checkWebhookUrl('https://egov.camau.gov.vn/', policy).ok).toBe(true);
    expect(checkWebhookUrl('https://camau.gov.vn.evil.org/', policy)).toEqual({
      ok: false,
      reason: 'HOST_NOT_ALLOWED',
    });
    expect(checkWebhookUrl('https://hooks.example.org/', policy)).toEqual({ ok: false, reason: 'HOST_NOT_ALLOWED' });
  });

  it('never calls a private IPv4 address public', () => {
    const privateV4 = fc.oneof(
      fc.tuple(fc.constant(10), fc.nat(255), fc.nat(255), fc.nat(255)),
      fc.tuple(fc.constant(127), fc.nat(255), fc.nat(255), fc.nat(255)),
      fc.tuple(fc.constant(172), fc.integer({ min: 16, max: 31 }), fc.nat(255), fc.nat(255)),
      fc.tuple(fc.constant(192), fc.constant(168), fc.nat(255), fc.nat(255)),
      fc.tuple(fc.constant(169), fc.constant(254), fc.nat(255), fc.nat(255)),
    );
    fc.assert(
      fc.property(privateV4, (parts) => {
        const address = parts.join('.');
        expect(isPublicAddress(address)).toBe(false);
        expect(isPublicAddress(`::ffff:${address}`)).toBe(false);
      }),
    );
  });

  it('refuses at connection time a name that resolves to an internal address', async () => {
    const lookup = guardedLookup(open);
    const error = await new Promise<Error | null>((resolve) => lookup('localhost', {}, (e) => resolve(e)));
    expect(error?.message).toMatch(/internal address/);
    const allowed = guardedLookup({ allowedHosts: ['localhost'] });
    const address = await new Promise<string>((resolve, reject) =>
      allowed('localhost', {}, (e, a) => (e ? reject(e) : resolve(a as string))),
    );
    expect(isPublicAddress(address)).toBe(false);
  });
});
