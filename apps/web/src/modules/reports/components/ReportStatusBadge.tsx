import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '../../../generated/graphql';

/** Đúng hạn / Trễ hạn / Chưa nộp / Chưa đến hạn: the word, not only the colour. */
export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge report-status report-status--${status.toLowerCase().replace('_', '-')}`}>
      {t(`reportStatus.${status}`)}
    </span>
  );
}
