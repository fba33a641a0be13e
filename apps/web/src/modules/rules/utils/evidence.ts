import { UNIT_FACT_VARIABLES } from '@thidua/domain';
import type { TFunction } from 'i18next';
import { formatNumber, formatPercent, type Lang } from '../../../foundation/i18n/format';

export interface EvidenceLike {
  variable: string;
  value?: unknown;
}

/** The scalar facts, named by the domain's list (the same paths a rule's condition reads). */
const PLAIN: ReadonlySet<string> = new Set(UNIT_FACT_VARIABLES);

/** Facts in points, shown with two decimals: 92,50. */
const POINTS: ReadonlySet<string> = new Set(['score', 'baseScore', 'bonusPoints', 'penaltyPoints']);

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * One fact behind a proposal in the reader's words: "Điểm: 92,50", "Hạng: 2", "Trễ hạn: 1",
 * "Tỷ lệ Thanh toán trực tuyến: 0,00%". `indicatorNames` maps an indicator code to its name.
 */
export function describeEvidence(
  item: EvidenceLike,
  t: TFunction,
  lang: Lang,
  indicatorNames: ReadonlyMap<string, string> = new Map(),
): string {
  const tr = t as unknown as Translate;
  const indicator = /^indicators\.([^.]+)\.(rate|target|met|achievement|numerator|denominator)$/.exec(item.variable);
  const label = PLAIN.has(item.variable)
    ? tr(`evidence.${item.variable}`)
    : indicator
      ? tr(`evidence.indicator.${indicator[2]}`, { indicator: indicatorNames.get(indicator[1]) ?? indicator[1] })
      : item.variable;
  return `${label}: ${describeValue(item.variable, item.value, tr, lang, indicator?.[2])}`;
}

function describeValue(variable: string, value: unknown, tr: Translate, lang: Lang, indicatorFact?: string): string {
  if (value === null || value === undefined) return tr('evidence.noData');
  if (typeof value === 'boolean') return tr(value ? 'evidence.yes' : 'evidence.no');
  if (variable === 'class' && typeof value === 'string')
    return tr(`evidence.classes.${value}`, { defaultValue: value });
  if (typeof value !== 'number') return String(value);
  if (POINTS.has(variable)) return formatNumber(value, lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  if (indicatorFact === 'rate' || indicatorFact === 'target') return formatPercent(value, lang);
  if (indicatorFact === 'achievement') return formatNumber(value, lang, { maximumFractionDigits: 4 });
  return formatNumber(value, lang);
}
