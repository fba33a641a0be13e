import { formatOfFileName, uploadDossiers } from './upload-dossiers';

/** Records what the upload asks of XMLHttpRequest and lets the test play the network's part. */
class FakeXhr {
  static last: FakeXhr | null = null;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  responseText = '';
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  responseHeaders: Record<string, string> = {};
  getResponseHeader(name: string): string | null {
    return this.responseHeaders[name] ?? null;
  }
  answer(status: number, body: string, headers: Record<string, string> = {}) {
    this.status = status;
    this.responseText = body;
    this.responseHeaders = headers;
    this.onload?.();
  }
}

const SUMMARY = {
  batches: 1,
  rows: 3,
  inserted: 2,
  updated: 0,
  moved: 0,
  rejected: 1,
  rejections: [{ line: 4, field: 'unit_code', reason: 'no unit has the code "NOPE"' }],
  partitionsCreated: [],
  recompute: { campaigns: 1, cells: 11, created: 11, revised: 0, unchanged: 0 },
};

describe('uploadDossiers', () => {
  const realXhr = window.XMLHttpRequest;
  beforeEach(() => {
    window.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
  });
  afterEach(() => {
    window.XMLHttpRequest = realXhr;
    FakeXhr.last = null;
  });

  it('posts the file itself with the session token and reports the bytes sent, then resolves with the summary', async () => {
    const file = new Blob(['source,external_id\n']);
    const progress: Array<{ loaded: number; total: number }> = [];
    const done = uploadDossiers(file, 'csv', { token: 'session-abc', onProgress: (p) => progress.push(p) });
    const xhr = FakeXhr.last as FakeXhr;
    expect([xhr.method, xhr.url, xhr.headers['Authorization'], xhr.body]).toEqual([
      'POST',
      '/imports/dossiers?format=csv',
      'Bearer session-abc',
      file,
    ]);
    xhr.upload.onprogress?.({ lengthComputable: false, loaded: 5, total: 0 });
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 512, total: 2048 });
    expect(progress).toEqual([{ loaded: 512, total: 2048 }]);
    xhr.answer(200, JSON.stringify(SUMMARY));
    await expect(done).resolves.toEqual({ ok: true, summary: SUMMARY });
  });

  it('resolves a refusal with its status, its reason or code and message, and an answer not of that shape as HTTP_<status>', async () => {
    const refusal = (message: string, extensions: Record<string, string>) =>
      JSON.stringify({ errors: [{ message, extensions }] });
    const refused = uploadDossiers(new Blob(['x']), 'ndjson', { token: null });
    expect((FakeXhr.last as FakeXhr).headers['Authorization']).toBeUndefined();
    (FakeXhr.last as FakeXhr).answer(
      400,
      refusal('the header lacks unit_code', { code: 'BAD_USER_INPUT', reason: 'BAD_FILE' }),
    );
    await expect(refused).resolves.toEqual({
      ok: false,
      status: 400,
      error: 'BAD_FILE',
      message: 'the header lacks unit_code',
      retryAfterSeconds: null,
    });

    const limited = uploadDossiers(new Blob(['x']), 'csv', { token: 't' });
    (FakeXhr.last as FakeXhr).answer(429, refusal('Too many requests', { code: 'RATE_LIMITED' }), {
      'Retry-After': '7',
    });
    await expect(limited).resolves.toMatchObject({ status: 429, error: 'RATE_LIMITED', retryAfterSeconds: 7 });

    for (const [status, body] of [
      [502, '<html>Bad gateway</html>'],
      [400, JSON.stringify({ error: 'BAD_FILE', message: 'a shape this server no longer answers' })],
      [400, JSON.stringify({ errors: [{ message: 1, extensions: { code: 2 } }] })],
    ] as const) {
      const broken = uploadDossiers(new Blob(['x']), 'csv', { token: 't' });
      (FakeXhr.last as FakeXhr).answer(status, body);
      await expect(broken).resolves.toEqual({
        ok: false,
        status,
        error: `HTTP_${status}`,
        message: '',
        retryAfterSeconds: null,
      });
    }
  });

  it('rejects when the request never reaches the server', async () => {
    const failed = uploadDossiers(new Blob(['x']), 'csv', { token: 't' });
    (FakeXhr.last as FakeXhr).onerror?.();
    await expect(failed).rejects.toThrow('did not reach the server');
  });
});

describe('formatOfFileName', () => {
  it.each([
    ['ho-so.csv', 'csv'],
    ['HO-SO.CSV', 'csv'],
    ['ho-so.ndjson', 'ndjson'],
    ['ho-so.jsonl', 'ndjson'],
    ['ho-so.xlsx', null],
  ])('%s → %p', (name, format) => {
    expect(formatOfFileName(name)).toBe(format);
  });
});
