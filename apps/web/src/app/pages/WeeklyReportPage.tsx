import { useParams } from 'react-router-dom';
import { WeeklyReportScreen } from '../../modules/weekly-report/components/WeeklyReportScreen';

export function WeeklyReportPage() {
  const { id = '' } = useParams();
  return <WeeklyReportScreen key={id} campaignId={id} />;
}
