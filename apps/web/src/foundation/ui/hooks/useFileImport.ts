import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toImportRowErrors, type ImportRowError } from '../utils/import-errors';
import { isXlsx, readFileBase64, readFileText } from '../utils/read-file';
import { describeRequestError, type UserErrorLike } from '../utils/user-errors';

/** What is sent: CSV text (pasted or read from a file) or an XLSX file as base64. */
export type ImportSource = { csv: string } | { xlsxBase64: string };

/** What the server said: done (with the sentence to show), or refused with every error. */
export type ImportOutcome = { done: string } | { failed: string; userErrors: ReadonlyArray<UserErrorLike> };

export interface FileImportOptions {
  /** Whether an .xlsx file is read (as base64) rather than as text. */
  acceptXlsx?: boolean;
  /** Said when there is neither a file nor pasted text. */
  emptyMessage: string;
  /** The first element of a row error's field (importUnits: "csv", importReports: "file"). */
  errorRoot?: string;
  describe: (error: UserErrorLike) => string;
}

/**
 * The state every import dialog shares: a chosen file or pasted CSV, reading and sending in flight (one at a time),
 * the server's row errors as a table and the rest as sentences, and the success sentence. All or nothing on the
 * server side, so a refusal lists every error at once.
 */
export function useFileImport({ acceptXlsx = false, emptyMessage, errorRoot = 'csv', describe }: FileImportOptions) {
  const { t } = useTranslation();
  const [csv, setCsv] = useState('');
  const [xlsx, setXlsx] = useState<{ name: string; base64: string } | null>(null);
  const [reading, setReading] = useState(false);
  const [sending, setSending] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const [rows, setRows] = useState<ImportRowError[]>([]);
  const [done, setDone] = useState('');
  const busy = reading || sending;

  const onFileChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setReading(true);
    try {
      if (acceptXlsx && isXlsx(file)) {
        setXlsx({ name: file.name, base64: await readFileBase64(file) });
        setCsv('');
      } else {
        setCsv(await readFileText(file));
        setXlsx(null);
      }
    } catch {
      setGeneral([t('common.unexpectedError')]);
    } finally {
      setReading(false);
    }
  };

  /** Typing or pasting CSV replaces a chosen XLSX file. */
  const onCsvChange = (text: string) => {
    setCsv(text);
    setXlsx(null);
  };

  const onSubmit = async (
    event: FormEvent<HTMLFormElement>,
    send: (source: ImportSource) => Promise<ImportOutcome>,
  ) => {
    event.preventDefault();
    if (busy) return;
    setGeneral([]);
    setRows([]);
    setDone('');
    const source: ImportSource | null = xlsx ? { xlsxBase64: xlsx.base64 } : csv.trim() ? { csv } : null;
    if (!source) {
      setGeneral([emptyMessage]);
      return;
    }
    setSending(true);
    try {
      const outcome = await send(source);
      if ('done' in outcome) {
        setDone(outcome.done);
        return;
      }
      const split = toImportRowErrors(outcome.userErrors, describe, errorRoot);
      setRows(split.rows);
      setGeneral([outcome.failed, ...split.general]);
    } catch (error) {
      setGeneral([describeRequestError(error, t)]);
    } finally {
      setSending(false);
    }
  };

  return { csv, xlsxName: xlsx?.name ?? null, busy, general, rows, done, onFileChange, onCsvChange, onSubmit };
}

export type FileImportState = ReturnType<typeof useFileImport>;
