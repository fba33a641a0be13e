import { languageHeader } from '../i18n/request-language';
import { readSessionToken } from './session-token';

/**
 * Saves a file the API serves to the signed-in (an export) as `fileName`. A plain link cannot send the bearer token,
 * so the file is fetched with it (and the UI's language, for the server's messages), turned into an object URL and
 * clicked. Throws when the server refuses.
 */
export async function downloadFile(path: string, fileName: string, fetchImpl: typeof fetch = fetch): Promise<void> {
  const token = readSessionToken();
  const response = await fetchImpl(path, {
    headers: { ...languageHeader(), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
