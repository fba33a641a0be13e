import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '../../../generated/graphql';
import { downloadStatusCsv } from '../utils/download-status-csv';

/** "Xuất CSV": the board of one period (with the status filter) as a file, fetched with the session token. */
export function ExportCsvButton({
  campaignId,
  period,
  status,
  onError,
}: {
  campaignId: string;
  period: number;
  status: ReportStatus | null;
  onError: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    onError('');
    try {
      await downloadStatusCsv({ campaignId, period, status });
    } catch {
      onError(t('statusBoard.exportFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="button" onClick={() => void onClick()} disabled={busy}>
      {busy ? t('statusBoard.exporting') : t('statusBoard.exportCsv')}
    </button>
  );
}
