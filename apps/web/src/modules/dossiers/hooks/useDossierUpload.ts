import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readSessionToken } from '../../../foundation/session/session-token';
import { describeRequestError } from '../../../foundation/ui/utils/user-errors';
import {
  formatOfFileName,
  uploadDossiers,
  type DossierFileFormat,
  type DossierImportSummary,
  type DossierUploadOutcome,
} from '../utils/upload-dossiers';

/** Sending: the file is on its way (fraction sent when the browser says); processing: sent, the server is writing. */
export type UploadPhase = { kind: 'idle' } | { kind: 'sending'; fraction: number | null } | { kind: 'processing' };

/**
 * A dossier file chosen, sent once at a time with the session token, its progress, and then the server's summary
 * or its refusal in the user's words. The format follows the file's extension unless the user picks another.
 */
export function useDossierUpload(send: typeof uploadDossiers = uploadDossiers) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<DossierFileFormat>('csv');
  const [phase, setPhase] = useState<UploadPhase>({ kind: 'idle' });
  const [errors, setErrors] = useState<string[]>([]);
  const [result, setResult] = useState<{ name: string; summary: DossierImportSummary } | null>(null);
  const busy = phase.kind !== 'idle';

  const onFileChange = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    const named = chosen ? formatOfFileName(chosen.name) : null;
    if (named) setFormat(named);
  };

  const describeRefusal = (outcome: Extract<DossierUploadOutcome, { ok: false }>): string => {
    switch (outcome.error) {
      case 'BAD_FILE':
        return t('dossiers.upload.badFile', { detail: outcome.message });
      case 'BAD_FORMAT':
        return t('dossiers.upload.badFormat');
      case 'FORBIDDEN':
        return t('common.forbidden');
      case 'UNAUTHENTICATED':
        return t('dossiers.upload.sessionEnded');
      case 'RATE_LIMITED':
        return t('common.rateLimited', { count: outcome.retryAfterSeconds ?? 1 });
      default:
        return t('common.unexpectedError');
    }
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setErrors([]);
    if (!file) {
      setErrors([t('dossiers.upload.empty')]);
      return;
    }
    setResult(null);
    setPhase({ kind: 'sending', fraction: null });
    try {
      const outcome = await send(file, format, {
        token: readSessionToken(),
        // Once the last byte is sent the server still writes and recounts: from then on, no percentage.
        onProgress: ({ loaded, total }) =>
          setPhase(
            loaded >= total ? { kind: 'processing' } : { kind: 'sending', fraction: total ? loaded / total : null },
          ),
      });
      if (outcome.ok) setResult({ name: file.name, summary: outcome.summary });
      else setErrors([describeRefusal(outcome)]);
    } catch (error) {
      setErrors([describeRequestError(error, t)]);
    } finally {
      setPhase({ kind: 'idle' });
    }
  };

  return { file, format, setFormat, phase, busy, errors, result, onFileChange, onSubmit };
}
