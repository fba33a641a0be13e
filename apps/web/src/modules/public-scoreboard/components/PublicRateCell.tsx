import { useTranslation } from 'react-i18next';
import { RateCell } from '../../rankings';
import type { PublicRate } from '../utils/public-api';

/** The rankings' rate cell as the public reads it: a missed target marked ✗ too, the target named as such. */
export function PublicRateCell({ rate }: { rate: PublicRate | undefined }) {
  const { t } = useTranslation();
  return <RateCell result={rate} markMissed targetText={(target) => t('publicScoreboard.rateTarget', { target })} />;
}
