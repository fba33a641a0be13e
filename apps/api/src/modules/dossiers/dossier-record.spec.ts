import { parseRow } from './dossier-record';

const base = {
  source: 'DVC',
  external_id: '1',
  unit_code: '32002',
  received_at: '2023-03-05T09:30:00+07:00',
  channel: 'ONLINE',
};

describe('a dossier row', () => {
  it('reads instants with their offset: 5/3 09:30 in Cà Mau is 02:30 UTC; 2024 has a 29 February', () => {
    const parsed = parseRow({ ...base, resolved_at: '2024-02-29 23:59:59.5Z', resolved_online: 'true' });
    expect(parsed).toEqual({
      ok: true,
      record: expect.objectContaining({
        receivedAt: new Date('2023-03-05T02:30:00Z'),
        resolvedAt: new Date('2024-02-29T23:59:59.500Z'),
        resolvedOnline: true,
        procedureCode: null,
      }),
    });
  });

  it.each([
    ['2023-02-29T00:00:00Z', 'no 29 February in 2023'],
    ['2023-04-31T00:00:00Z', 'no 31 April'],
    ['2023-03-05T24:00:00Z', 'no hour 24'],
    ['2023-03-05T09:30:00', 'no offset'],
    ['2023-03-05T09:30:00+0700', 'offset without a colon'],
    ['05/03/2023 09:30', 'not ISO 8601'],
  ])('refuses the instant %s (%s)', (receivedAt) => {
    expect(parseRow({ ...base, received_at: receivedAt })).toEqual({
      ok: false,
      field: 'received_at',
      code: 'BAD_INSTANT',
      reason: `received_at "${receivedAt}" is not an ISO 8601 instant with an offset`,
      value: receivedAt,
    });
  });

  it('names the first problem: a missing field, an unknown channel, a flag that is not a flag, a too long id', () => {
    expect(parseRow({ ...base, unit_code: ' ' })).toEqual({
      ok: false,
      field: 'unit_code',
      code: 'REQUIRED',
      reason: 'unit_code is required',
    });
    expect(parseRow({ ...base, channel: 'online' })).toEqual({
      ok: false,
      field: 'channel',
      code: 'BAD_CHANNEL',
      reason: 'channel "online" is not one of ONLINE, IN_PERSON, POST',
      value: 'online',
    });
    expect(parseRow({ ...base, digitised: 'yes' })).toEqual({
      ok: false,
      field: 'digitised',
      code: 'BAD_FLAG',
      reason: 'digitised "yes" is not true, false, 1 or 0',
      value: 'yes',
    });
    expect(parseRow({ ...base, external_id: 'x'.repeat(101) })).toEqual({
      ok: false,
      field: 'external_id',
      code: 'TOO_LONG',
      reason: 'external_id is longer than 100 characters',
    });
    expect(parseRow({ ...base, source: { x: 1 } })).toEqual({
      ok: false,
      field: 'source',
      code: 'NOT_TEXT',
      reason: 'source must be text',
    });
  });
});
