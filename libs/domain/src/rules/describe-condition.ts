import type { JsonValue } from './json-value';

/** The languages conditions are written out in. */
export type ConditionLanguage = 'vi' | 'en';

export interface DescribeConditionOptions {
  language: ConditionLanguage;
  /** Indicator code → its name, for `indicators.<CODE>.…` facts; the code is shown when a name is missing. */
  indicatorNames?: Readonly<Record<string, string>>;
  /** Class code → its name, for comparisons with `class`. */
  classNames?: Readonly<Record<string, string>>;
}

type Words = Record<ConditionLanguage, string>;

const FACTS: Record<string, Words> = {
  score: { vi: 'điểm', en: 'score' },
  baseScore: { vi: 'điểm cơ bản', en: 'base score' },
  bonusPoints: { vi: 'điểm thưởng', en: 'bonus points' },
  penaltyPoints: { vi: 'điểm trừ', en: 'penalty points' },
  rank: { vi: 'hạng', en: 'rank' },
  cohortSize: { vi: 'số đơn vị cùng cấp', en: 'units in the level' },
  class: { vi: 'xếp loại', en: 'class' },
  'reports.onTime': { vi: 'số báo cáo đúng hạn', en: 'reports on time' },
  'reports.late': { vi: 'số báo cáo trễ hạn', en: 'late reports' },
  'reports.missing': { vi: 'số báo cáo chưa nộp', en: 'missing reports' },
  'reports.due': { vi: 'số báo cáo phải nộp', en: 'reports due' },
};

/** Yes/no facts: what they say when true and when false. */
const FLAGS: Record<string, [Words, Words]> = {
  allTargetsMet: [
    { vi: 'đạt mọi chỉ tiêu', en: 'meets every target' },
    { vi: 'chưa đạt mọi chỉ tiêu', en: 'does not meet every target' },
  ],
  anyZeroRate: [
    { vi: 'có chỉ tiêu tỷ lệ 0% dù có hồ sơ', en: 'some indicator at 0 % with dossiers received' },
    { vi: 'không có chỉ tiêu tỷ lệ 0%', en: 'no indicator at 0 %' },
  ],
  latestReportMissing: [
    { vi: 'chưa nộp báo cáo kỳ này', en: "this period's report is missing" },
    { vi: 'đã nộp báo cáo kỳ này', en: "this period's report is in" },
  ],
};

/** Counts whose "= 0" reads better as a phrase. */
const NONE_OF: Record<string, Words> = {
  'reports.late': { vi: 'không nộp trễ', en: 'no late report' },
  'reports.missing': { vi: 'không thiếu báo cáo', en: 'no missing report' },
};

const INDICATOR_FACTS: Record<string, Words> = {
  rate: { vi: 'tỷ lệ', en: 'rate of' },
  target: { vi: 'chỉ tiêu', en: 'target of' },
  achievement: { vi: 'mức đạt', en: 'achievement of' },
  numerator: { vi: 'số đạt', en: 'count met of' },
  denominator: { vi: 'tổng số hồ sơ', en: 'dossiers of' },
};

const COMPARISONS: Record<string, string> = {
  '==': '=',
  '===': '=',
  '!=': '≠',
  '!==': '≠',
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
};
const JOINERS: Record<'and' | 'or', Words> = { and: { vi: ', ', en: ', ' }, or: { vi: ' hoặc ', en: ' or ' } };

/**
 * A rule's condition in plain words, e.g. "đạt mọi chỉ tiêu, không nộp trễ, không thiếu báo cáo, hạng ≤ 3" for the
 * Bằng khen rule. "… ≠ null" guards that only keep JSON Logic from reading null as 0 are left out when the same group
 * compares that fact anyway. A part without words of its own is shown as its JSON, never dropped.
 */
export function describeCondition(condition: JsonValue, options: DescribeConditionOptions): string {
  return new Describer(options).describe(condition, null);
}

class Describer {
  constructor(private readonly options: DescribeConditionOptions) {}

  private get language(): ConditionLanguage {
    return this.options.language;
  }

  describe(node: JsonValue, parent: 'and' | 'or' | null): string {
    if (!isOperation(node)) return this.value(node);
    const [operator, raw] = Object.entries(node)[0];
    const args = Array.isArray(raw) ? raw : [raw];
    if (operator === 'and' || operator === 'or') {
      const parts = (operator === 'and' ? withoutNullGuards(args) : args).map((arg) => this.describe(arg, operator));
      const text = parts.join(JOINERS[operator][this.language]);
      return parent && parent !== operator && parts.length > 1 ? `(${text})` : text;
    }
    if (operator === 'var') return this.flag(args[0], true) ?? this.fact(args[0]);
    if (operator === '!')
      return this.flag(varName(args[0]), false) ?? `${this.not()} (${this.describe(args[0], null)})`;
    if (operator === '!!') return this.describe(args[0], parent);
    if (operator in COMPARISONS && args.length === 2) return this.comparison(operator, args[0], args[1]);
    if (operator === '+' || operator === '-' || operator === '*' || operator === '/')
      return args.map((arg) => this.describe(arg, 'and')).join(` ${operator} `);
    if ((operator === '<' || operator === '<=') && args.length === 3)
      return `${this.value(args[0])} ${COMPARISONS[operator]} ${this.describe(args[1], 'and')} ${
        COMPARISONS[operator]
      } ${this.value(args[2])}`;
    return JSON.stringify(node);
  }

  private comparison(operator: string, left: JsonValue, right: JsonValue): string {
    const name = varName(left);
    if (name && typeof right === 'boolean' && (operator === '==' || operator === '===')) {
      const flag = this.flag(name, right);
      if (flag) return flag;
    }
    if (name && right === 0 && (operator === '==' || operator === '===') && NONE_OF[name])
      return NONE_OF[name][this.language];
    if (name && right === null && (operator === '!=' || operator === '!=='))
      return this.language === 'vi' ? `có ${this.fact(name)}` : `has a ${this.fact(name)}`;
    const value = name === 'class' && typeof right === 'string' ? (this.options.classNames?.[right] ?? right) : null;
    return `${this.describe(left, 'and')} ${COMPARISONS[operator]} ${value ?? this.describe(right, 'and')}`;
  }

  private flag(name: JsonValue, truth: boolean): string | null {
    if (typeof name !== 'string') return null;
    const flag = FLAGS[name];
    if (flag) return flag[truth ? 0 : 1][this.language];
    const met = /^indicators\.(.+)\.met$/.exec(name);
    if (!met) return null;
    const indicator = this.indicator(met[1]);
    if (this.language === 'vi') return `${truth ? 'đạt' : 'chưa đạt'} chỉ tiêu ${indicator}`;
    return `${truth ? 'meets' : 'does not meet'} the target of ${indicator}`;
  }

  private fact(name: JsonValue): string {
    if (typeof name !== 'string') return JSON.stringify({ var: name });
    const known = FACTS[name];
    if (known) return known[this.language];
    const indicator = /^indicators\.(.+)\.([a-z]+)$/.exec(name);
    if (indicator && INDICATOR_FACTS[indicator[2]])
      return `${INDICATOR_FACTS[indicator[2]][this.language]} ${this.indicator(indicator[1])}`;
    return name;
  }

  private indicator(code: string): string {
    return this.options.indicatorNames?.[code] ?? code;
  }

  private value(value: JsonValue): string {
    if (typeof value === 'number')
      return new Intl.NumberFormat(this.language === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 6 }).format(
        value,
      );
    if (value === true) return this.language === 'vi' ? 'đúng' : 'true';
    if (value === false) return this.language === 'vi' ? 'sai' : 'false';
    if (value === null) return this.language === 'vi' ? 'trống' : 'none';
    if (typeof value === 'string') return `"${value}"`;
    return JSON.stringify(value);
  }

  private not(): string {
    return this.language === 'vi' ? 'không' : 'not';
  }
}

function isOperation(node: JsonValue): node is { [key: string]: JsonValue } {
  return typeof node === 'object' && node !== null && !Array.isArray(node) && Object.keys(node).length === 1;
}

function varName(node: JsonValue): string | null {
  if (!isOperation(node) || !('var' in node)) return null;
  const name = Array.isArray(node.var) ? node.var[0] : node.var;
  return typeof name === 'string' ? name : null;
}

/** An "and" group's parts without the "fact ≠ null" guards for facts the group compares otherwise. */
function withoutNullGuards(parts: JsonValue[]): JsonValue[] {
  const guardOf = (part: JsonValue): string | null => {
    if (!isOperation(part)) return null;
    const [operator, args] = Object.entries(part)[0];
    if ((operator !== '!=' && operator !== '!==') || !Array.isArray(args) || args[1] !== null) return null;
    return varName(args[0]);
  };
  const compared = new Set(parts.filter((part) => guardOf(part) === null).flatMap((part) => [...varsIn(part)]));
  return parts.filter((part) => {
    const guarded = guardOf(part);
    return guarded === null || !compared.has(guarded);
  });
}

function varsIn(node: JsonValue): Set<string> {
  const found = new Set<string>();
  const walk = (value: JsonValue) => {
    const name = varName(value);
    if (name) found.add(name);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(node);
  return found;
}
