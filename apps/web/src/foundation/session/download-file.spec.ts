import { downloadFile } from './download-file';
import { storeSessionToken } from './session-token';

describe('downloadFile', () => {
  const saved: { href: string; download: string }[] = [];
  beforeEach(() => {
    saved.length = 0;
    URL.createObjectURL = jest.fn(() => 'blob:file');
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ href: this.href, download: this.download });
    });
    document.documentElement.lang = 'en';
  });
  afterEach(() => jest.restoreAllMocks());

  const answering = (status: number) =>
    jest.fn<Promise<Response>, Parameters<typeof fetch>>(
      async () => ({ ok: status < 300, status, blob: async () => new Blob(['a,b\n']) }) as Response,
    );

  it('fetches with the session token and the UI language, and saves the file under its name', async () => {
    storeSessionToken('t-1');
    const fetchImpl = answering(200);
    await downloadFile('/exports/x.csv?a=1', 'x.csv', fetchImpl);
    expect(fetchImpl).toHaveBeenCalledWith('/exports/x.csv?a=1', {
      headers: { 'Accept-Language': 'en', Authorization: 'Bearer t-1' },
    });
    expect(saved).toEqual([{ href: 'blob:file', download: 'x.csv' }]);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('sends no Authorization without a session, and throws on a refusal without saving anything', async () => {
    const fetchImpl = answering(403);
    await expect(downloadFile('/exports/y.xlsx', 'y.xlsx', fetchImpl)).rejects.toThrow('/exports/y.xlsx answered 403');
    expect(fetchImpl.mock.calls[0][1]).toEqual({ headers: { 'Accept-Language': 'en' } });
    expect(saved).toEqual([]);
  });
});
