import { RankingsEntry } from '../../modules/rankings/components/RankingsEntry';

export function RankingsPage() {
  return <RankingsEntry />;
}
