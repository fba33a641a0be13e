import fc from 'fast-check';
import { CA_MAU_DEMO_RULES } from '../fixtures/ca-mau-rules';
import { describeCondition } from './describe-condition';
import type { JsonValue } from './json-value';

const conditionOf = (code: string) => CA_MAU_DEMO_RULES.find((rule) => rule.code === code)?.condition as JsonValue;
const vi = { language: 'vi' as const, indicatorNames: { ONLINE_RESOLUTION: 'Hồ sơ giải quyết trực tuyến' } };
const en = { ...vi, language: 'en' as const };

describe('a condition in plain words', () => {
  it('writes the Cà Mau rules as a person would say them, leaving out the null guards', () => {
    expect(describeCondition(conditionOf('BANG_KHEN'), vi)).toBe(
      'đạt mọi chỉ tiêu, không nộp trễ, không thiếu báo cáo, hạng ≤ 3',
    );
    expect(describeCondition(conditionOf('BIEU_DUONG'), vi)).toBe('đạt mọi chỉ tiêu');
    expect(describeCondition(conditionOf('PHE_BINH'), vi)).toBe('có chỉ tiêu tỷ lệ 0% dù có hồ sơ hoặc điểm < 50');
    expect(describeCondition(conditionOf('NHAC_NHO'), vi)).toBe('số báo cáo trễ hạn + số báo cáo chưa nộp ≥ 2');
    expect(describeCondition(conditionOf('BANG_KHEN'), en)).toBe(
      'meets every target, no late report, no missing report, rank ≤ 3',
    );
  });

  it('names indicators, classes and negations, and groups "or" inside "and" in brackets', () => {
    const condition: JsonValue = {
      and: [
        { '>=': [{ var: 'indicators.ONLINE_RESOLUTION.rate' }, 62.5] },
        { or: [{ '==': [{ var: 'class' }, 'TOT'] }, { '!': { var: 'latestReportMissing' } }] },
      ],
    };
    expect(describeCondition(condition, { ...vi, classNames: { TOT: 'Tốt' } })).toBe(
      'tỷ lệ Hồ sơ giải quyết trực tuyến ≥ 62,5, (xếp loại = Tốt hoặc đã nộp báo cáo kỳ này)',
    );
  });

  it('keeps a guard that stands alone, and shows what it has no words for as JSON', () => {
    expect(describeCondition({ '!=': [{ var: 'rank' }, null] }, vi)).toBe('có hạng');
    expect(describeCondition({ cat: ['a', 'b'] }, en)).toBe('{"cat":["a","b"]}');
    expect(describeCondition(true, en)).toBe('true');
  });

  it('never throws and never loses a fact, whatever the condition', () => {
    const facts = ['score', 'rank', 'reports.late', 'allTargetsMet', 'indicators.X.rate', 'unknownFact'];
    const leaf = fc.oneof(
      fc.constantFrom(...facts).map((name) => ({ var: name }) as JsonValue),
      fc.oneof(fc.integer({ min: -5, max: 100 }), fc.boolean(), fc.constant(null)),
    );
    const condition = fc.letrec<{ node: JsonValue }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc
          .tuple(fc.constantFrom('==', '!=', '<', '<=', '>', '>=', '+'), tie('node'), tie('node'))
          .map(([operator, a, b]) => ({ [operator]: [a, b] }) as JsonValue),
        fc
          .tuple(fc.constantFrom('and', 'or'), fc.array(tie('node'), { minLength: 1, maxLength: 3 }))
          .map(([operator, parts]) => ({ [operator]: parts }) as JsonValue),
        tie('node').map((node) => ({ '!': node }) as JsonValue),
      ),
    })).node;
    fc.assert(
      fc.property(condition, fc.constantFrom('vi' as const, 'en' as const), (node, language) => {
        const text = describeCondition(node, { language });
        expect(typeof text).toBe('string');
        expect(text.length).toBeGreaterThan(0);
        if (JSON.stringify(node).includes('unknownFact')) expect(text).toContain('unknownFact');
      }),
    );
  });
});
