import fc from 'fast-check';
import { Webhook } from 'standardwebhooks';
import { newEndpointSecret, signDelivery } from './webhook-signature';

describe('webhook signatures', () => {
  it('are accepted by the Standard Webhooks library, for any JSON body, id and recent time', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 3 }), fc.uuid(), fc.integer({ min: -240, max: 240 }), (body, id, skew) => {
        const secret = newEndpointSecret();
        const at = new Date(Date.now() + skew * 1000);
        const headers = signDelivery(secret, id, at, body);
        expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
      }),
      { numRuns: 50 },
    );
  });

  it('are refused for another secret, a changed body or an old timestamp', () => {
    const secret = newEndpointSecret();
    const body = JSON.stringify({ type: 'report.submitted' });
    const headers = signDelivery(secret, 'evt-1', new Date(), body);
    expect(() => new Webhook(newEndpointSecret()).verify(body, { ...headers })).toThrow();
    expect(() => new Webhook(secret).verify(body + ' ', { ...headers })).toThrow();
    const old = signDelivery(secret, 'evt-1', new Date(Date.now() - 3600_000), body);
    expect(() => new Webhook(secret).verify(body, { ...old })).toThrow(/timestamp/i);
  });
});
