import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadRanking, type RankingExportFormat } from '../utils/download-ranking';

/** "Xuất CSV" / "Xuất Excel" for the ranking on screen. */
export function ExportButtons(props: {
  campaignId: string;
  levelKey: string;
  asOfPeriod: number;
  targetSetKey: string;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<RankingExportFormat | null>(null);
  const [failed, setFailed] = useState(false);
  const run = async (format: RankingExportFormat) => {
    setBusy(format);
    setFailed(false);
    try {
      await downloadRanking({ ...props, format });
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="export-buttons">
      <button type="button" className="button" disabled={busy !== null} onClick={() => void run('csv')}>
        {busy === 'csv' ? t('rankings.exporting') : t('rankings.exportCsv')}
      </button>
      <button type="button" className="button" disabled={busy !== null} onClick={() => void run('xlsx')}>
        {busy === 'xlsx' ? t('rankings.exporting') : t('rankings.exportXlsx')}
      </button>
      <span role="status" className="field-error">
        {failed ? t('rankings.exportFailed') : ''}
      </span>
    </div>
  );
}
