import fc from 'fast-check';
import {
  decisionDocument,
  decisionDocumentInputOf,
  decisionNumberLine,
  isAwardForm,
  type DecisionProposal,
} from './decision-document';

const proposal = (unitName: string, outcome: DecisionProposal['outcome'], form: string): DecisionProposal => ({
  unitName,
  outcome,
  form,
  note: null,
});

const base = {
  issuerName: 'UBND tỉnh Cà Mau',
  campaignName: 'Chiến dịch Dịch vụ công trực tuyến 2023',
  decisionNumber: '512',
  decisionDate: '2023-04-14',
  draftYear: 2023,
  draft: false,
  proposals: [
    proposal('Sở Y tế', 'COMMENDATION', 'Bằng khen của Chủ tịch UBND tỉnh'),
    proposal('Xã Trí Lực', 'COMMENDATION', 'Biểu dương'),
    proposal('Huyện Đầm Dơi', 'DISCIPLINE', 'Phê bình'),
    proposal('Xã Tân Ân', 'DISCIPLINE', 'Nhắc nhở'),
  ],
};

describe('the decision document (Nghị định 30/2020/NĐ-CP)', () => {
  it('writes the number with its symbol, zero-padding numbers under 10 and removing spaces around / and -', () => {
    expect(decisionNumberLine('512')).toBe('Số: 512/QĐ-UBND');
    expect(decisionNumberLine('5')).toBe('Số: 05/QĐ-UBND');
    expect(decisionNumberLine(' 7 / QĐ - UBND ')).toBe('Số: 07/QĐ-UBND');
    expect(decisionNumberLine('1234/QĐ-UBND')).toBe('Số: 1234/QĐ-UBND');
    expect(decisionNumberLine(null)).toMatch(/^Số:\s+\/QĐ-UBND$/);
  });

  it('tells awards from public notices', () => {
    expect(
      ['Bằng khen của Chủ tịch UBND tỉnh', 'Giấy khen', 'Cờ thi đua', 'Tập thể lao động xuất sắc'].map(isAwardForm),
    ).toEqual([true, true, true, true]);
    expect(['Biểu dương', 'Phê bình', 'Nhắc nhở'].map(isAwardForm)).toEqual([false, false, false]);
  });

  it('has the heading, the authority, the grounds of 2023 and an article per kind, the last one ending "./."', () => {
    const document = decisionDocument(base);
    expect(document.issuer).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH CÀ MAU']);
    expect(document.dateLine).toBe('Cà Mau, ngày 14 tháng 4 năm 2023');
    expect(document.authority).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CÀ MAU');
    expect(document.grounds.some((line) => line.includes('91/2017/NĐ-CP'))).toBe(true);
    expect(document.grounds.slice(0, -1).every((line) => line.endsWith(';'))).toBe(true);
    expect(document.grounds.at(-1)).toMatch(/\.$/);
    expect(document.articles.map((article) => article.label)).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.']);
    expect(document.articles[2].text).toMatch(/tại Điều 1 và Điều 2 chịu trách nhiệm thi hành Quyết định này\.\/\.$/);
    expect(document.recipients[0]).toBe('- Như Điều 3;');
    expect(document.recipients.at(-1)).toMatch(/^- Lưu: VT, .+\.$/);
    expect(document.annexes.map((annex) => [annex.label, annex.rows.map((row) => row.unitName)])).toEqual([
      ['Phụ lục I', ['Sở Y tế']],
      ['Phụ lục II', ['Xã Trí Lực']],
      ['Phụ lục III', ['Xã Tân Ân', 'Huyện Đầm Dơi']], // by form (Nhắc nhở, Phê bình), then name
    ]);
    expect(document.annexes[0].reference).toBe(
      '(Kèm theo Quyết định số 512/QĐ-UBND ngày 14 tháng 4 năm 2023 của Chủ tịch Ủy ban nhân dân tỉnh Cà Mau)',
    );
  });

  it('cites the 2022 law from 2024 on', () => {
    const document = decisionDocument({ ...base, decisionDate: '2024-02-03' });
    expect(document.dateLine).toBe('Cà Mau, ngày 03 tháng 02 năm 2024');
    expect(document.grounds.some((line) => line.includes('98/2023/NĐ-CP'))).toBe(true);
  });

  it('leaves a draft without number or day, whatever was typed', () => {
    const document = decisionDocument({ ...base, draft: true });
    expect(document.draft).toBe(true);
    expect(document.numberLine).toMatch(/^Số:\s+\/QĐ-UBND$/);
    expect(document.dateLine).toMatch(/^Cà Mau, ngày\s+tháng\s+năm 2023$/);
  });

  it('names one annex "Phụ lục" alone, and with no proposal still decides something sensible', () => {
    const awardsOnly = decisionDocument({ ...base, proposals: base.proposals.slice(0, 1) });
    expect(awardsOnly.annexes.map((annex) => annex.label)).toEqual(['Phụ lục']);
    expect(awardsOnly.articles).toHaveLength(2);
    const empty = decisionDocument({ ...base, proposals: [] });
    expect(empty.annexes).toEqual([]);
    expect(empty.articles).toHaveLength(1);
    expect(empty.articles[0].text).toMatch(/\.\/\.$/);
  });

  it('lists units in Vietnamese order with numbers by value ("Phường 5" before "Phường 44")', () => {
    const names = ['Phường 44', 'Phường 5', 'Xã Đông Hưng', 'Phường 1', 'Xã Đá Bạc'];
    const document = decisionDocument({
      ...base,
      proposals: names.map((name) => proposal(name, 'COMMENDATION', 'Biểu dương')),
    });
    expect(document.annexes[0].rows.map((row) => row.unitName)).toEqual([
      'Phường 1',
      'Phường 5',
      'Phường 44',
      'Xã Đá Bạc',
      'Xã Đông Hưng',
    ]);
  });

  it("reads a review as a draft until finalized, dated in its period's year, on its approved proposals only", () => {
    const proposals = base.proposals.map((p, i) => ({ ...p, decision: ['APPROVED', 'REJECTED', 'PENDING'][i % 3] }));
    const names = { issuerName: 'UBND tỉnh Cà Mau', campaignName: 'Chiến dịch' };
    const open = { status: 'DRAFT', decisionNumber: null, decisionDate: null, createdAt: '2024-01-02T00:00:00Z' };
    const draft = decisionDocumentInputOf({ ...open, periodEndDate: '2023-12-29' }, proposals, names);
    expect(draft).toMatchObject({ draft: true, draftYear: 2023, ...names });
    expect(draft.proposals.map((p) => p.unitName)).toEqual(['Sở Y tế', 'Xã Tân Ân']);
    expect(decisionDocumentInputOf({ ...open, periodEndDate: null }, proposals, names).draftYear).toBe(2024);
    const final = { ...open, status: 'FINALIZED', decisionNumber: '512', decisionDate: '2023-04-14' };
    expect(decisionDocumentInputOf({ ...final, periodEndDate: null }, proposals, names)).toMatchObject({
      draft: false,
      decisionNumber: '512',
      decisionDate: '2023-04-14',
    });
  });

  it('lists every approved proposal exactly once, awards and notices apart, whatever the mix', () => {
    const forms = ['Bằng khen của Chủ tịch UBND tỉnh', 'Giấy khen', 'Biểu dương', 'Phê bình', 'Nhắc nhở'];
    const anyProposal = fc.record({
      unitName: fc.string({ minLength: 1, maxLength: 12 }),
      form: fc.constantFrom(...forms),
      note: fc.option(fc.string({ maxLength: 20 })),
    });
    fc.assert(
      fc.property(fc.array(anyProposal, { maxLength: 30 }), (drawn) => {
        const proposals = drawn.map((p) => ({
          ...p,
          outcome: (['Phê bình', 'Nhắc nhở'].includes(p.form)
            ? 'DISCIPLINE'
            : 'COMMENDATION') as DecisionProposal['outcome'],
        }));
        const document = decisionDocument({ ...base, proposals });
        const rows = document.annexes.flatMap((annex) => annex.rows);
        expect(rows).toHaveLength(proposals.length);
        for (const annex of document.annexes) {
          const awards = annex.rows.map((row) => isAwardForm(row.form));
          expect(new Set(awards).size).toBeLessThanOrEqual(1);
        }
        expect(document.articles.at(-1)?.text).toMatch(/\.\/\.$/);
        expect(document.recipients[0]).toBe(`- Như Điều ${document.articles.length};`);
      }),
    );
  });
});
