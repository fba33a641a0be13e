import type { TFunction } from 'i18next';
import { formatNumber, formatPercent, type Lang } from '../../../foundation/i18n/format';
import type { IndicatorResult } from './ranking-types';

/**
 * The shortfall in a sentence: "Cần thêm 312 hồ sơ giải quyết trực tuyến để đạt chỉ tiêu 70%". Null when there is
 * nothing to say (no data or no target); a met target says so. The label is the indicator's, from the campaign.
 */
export function shortfallSentence(
  result: IndicatorResult,
  numeratorLabel: string,
  t: TFunction,
  lang: Lang,
): string | null {
  if (result.rate === null || result.target === null) return null;
  const target = formatPercent(result.target, lang, result.target % 1 === 0 ? 0 : 2);
  if (result.met || !result.shortfall) return t('rankings.words.met', { target });
  return t('rankings.words.shortfall', {
    count: formatNumber(result.shortfall, lang),
    label: numeratorLabel.toLocaleLowerCase(lang === 'vi' ? 'vi-VN' : 'en-GB'),
    target,
  });
}

/** The projection in a sentence: "Theo tốc độ 3 kỳ gần nhất, dự kiến đạt 64,2% khi kết thúc — chưa đúng tiến độ". */
export function projectionSentence(result: IndicatorResult, t: TFunction, lang: Lang): string | null {
  if (result.projectedRate === null) return null;
  const rate = formatPercent(result.projectedRate, lang, 1);
  if (result.onTrack === null) return t('rankings.words.projectionNoTarget', { rate });
  return t(result.onTrack ? 'rankings.words.projectionOnTrack' : 'rankings.words.projectionBehind', { rate });
}
