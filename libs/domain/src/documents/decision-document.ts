import type { Outcome } from '../rules/rule';
import { dateLine, issuerLines, placeName } from './administrative-heading';

/**
 * The board's decision as a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I and III): what it
 * says, part by part, for a writer (DOCX, print) to lay out. Awards (Bằng khen, Giấy khen, Cờ thi đua, the collective
 * titles) and the public notices (biểu dương, phê bình, nhắc nhở — not awards) are kept in separate articles and
 * annexes.
 */
export interface DecisionDocument {
  /** Before finalization: marked "DỰ THẢO", number and day left blank to be filled in. */
  draft: boolean;
  issuer: string[];
  numberLine: string;
  dateLine: string;
  title: 'QUYẾT ĐỊNH';
  summary: string;
  authority: string;
  grounds: string[];
  proposer: string;
  decides: 'QUYẾT ĐỊNH:';
  articles: { label: string; text: string }[];
  recipients: string[];
  signature: { mandate: string | null; title: string; name: string | null };
  annexes: DecisionAnnex[];
}

export interface DecisionAnnex {
  /** "Phụ lục" alone, or "Phụ lục I", "Phụ lục II"… when there are several. */
  label: string;
  title: string;
  /** "(Kèm theo Quyết định số … ngày … của Chủ tịch Ủy ban nhân dân tỉnh Cà Mau)". */
  reference: string;
  rows: { unitName: string; form: string; note: string }[];
}

export interface DecisionProposal {
  unitName: string;
  outcome: Outcome;
  form: string;
  note: string | null;
}

export interface DecisionDocumentInput {
  /** The root unit's name, e.g. "UBND tỉnh Cà Mau": the issuer and the place. */
  issuerName: string | null;
  campaignName: string;
  /** The decision's number as the board entered it ("512", "512/QĐ-UBND"); null on a draft. */
  decisionNumber: string | null;
  /** YYYY-MM-DD; null on a draft. */
  decisionDate: string | null;
  /** The year a draft's date line shows (the review's period's year). */
  draftYear: number;
  draft: boolean;
  /** The approved proposals, in any order. */
  proposals: readonly DecisionProposal[];
}

/** A review as both the DOCX and the printable page read it (the API's entity or its GraphQL answer). */
export interface DecisionReviewFacts {
  status: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  /** ISO date-time. */
  createdAt: string;
  /** The end (YYYY-MM-DD) of the period the review is about, when known. */
  periodEndDate: string | null;
}

/**
 * The decision's input from a review and its proposals: a draft is a review not finalized, dated in the year its
 * period ends (else the year it was made), and the decision is on the approved proposals only.
 */
export function decisionDocumentInputOf(
  review: DecisionReviewFacts,
  proposals: readonly (DecisionProposal & { decision: string })[],
  names: { issuerName: string | null; campaignName: string },
): DecisionDocumentInput {
  return {
    ...names,
    decisionNumber: review.decisionNumber,
    decisionDate: review.decisionDate,
    draftYear: Number((review.periodEndDate ?? review.createdAt).slice(0, 4)),
    draft: review.status !== 'FINALIZED',
    proposals: proposals
      .filter((proposal) => proposal.decision === 'APPROVED')
      .map(({ unitName, outcome, form, note }) => ({ unitName, outcome, form, note })),
  };
}

const AWARD_FORMS = /^(?:bằng khen|giấy khen|cờ thi đua|tập thể lao động)/i;
const SYMBOL = 'QĐ-UBND';
const BLANK = '       ';

/** Whether a form is an award under the Law on Emulation and Commendation, rather than a public notice. */
export function isAwardForm(form: string): boolean {
  return AWARD_FORMS.test(form.trim());
}

/**
 * "Số: 05/QĐ-UBND" from what the board typed: a bare number gets the symbol (numbers under 10 zero-padded), spaces
 * around "/" and "-" go; a draft leaves the number blank.
 */
export function decisionNumberLine(decisionNumber: string | null): string {
  const typed = decisionNumber?.trim().replace(/\s*([/-])\s*/g, '$1');
  if (!typed) return `Số:${BLANK}/${SYMBOL}`;
  const number = /^\d+$/.test(typed) ? `${typed}/${SYMBOL}` : typed;
  return `Số: ${number.replace(/^\d+(?=\/)/, (digits) => String(Number(digits)).padStart(2, '0'))}`;
}

/** The legal grounds in force on the decision's date: the 2022 law applies from 1 January 2024. */
function legalGrounds(date: string | null, draftYear: number, campaignName: string): string[] {
  const year = date ? Number(date.slice(0, 4)) : draftYear;
  const emulationLaw =
    year >= 2024
      ? [
          'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
          'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một ' +
            'số điều của Luật Thi đua, khen thưởng',
        ]
      : [
          'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật ' +
            'Thi đua, khen thưởng ngày 16 tháng 11 năm 2013',
          'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một ' +
            'số điều của Luật Thi đua, khen thưởng',
        ];
  const lines = [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của ' +
      'Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019',
    ...emulationLaw,
    `Căn cứ kết quả thực hiện ${campaignName}`,
  ];
  return lines.map((line, i) => `${line}${i === lines.length - 1 ? '.' : ';'}`);
}

/** Vietnamese order, numbers by value: "Phường 5" before "Phường 44". */
const names = new Intl.Collator('vi', { numeric: true });
const byName = (a: DecisionProposal, b: DecisionProposal) =>
  names.compare(a.form, b.form) || names.compare(a.unitName, b.unitName);

/** The decision's parts from the approved proposals of a review. */
export function decisionDocument(input: DecisionDocumentInput): DecisionDocument {
  const issuer = issuerLines(input.issuerName) ?? ['ỦY BAN NHÂN DÂN'];
  const place = placeName(input.issuerName);
  const committee = input.issuerName?.trim().replace(/^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+/i, '') ?? '';
  const committeeName = `Ủy ban nhân dân${committee ? ` ${committee}` : ''}`;
  const chairman = `Chủ tịch ${committeeName}`;
  const date = input.draft ? null : input.decisionDate;
  const numberLine = decisionNumberLine(input.draft ? null : input.decisionNumber);
  const writtenDate = date
    ? dateLine(place, date)
    : `${place ? `${place}, ` : ''}ngày${BLANK}tháng${BLANK}năm ${input.draftYear}`;

  const awards = input.proposals.filter((p) => p.outcome === 'COMMENDATION' && isAwardForm(p.form)).sort(byName);
  const praised = input.proposals.filter((p) => p.outcome === 'COMMENDATION' && !isAwardForm(p.form)).sort(byName);
  const disciplined = input.proposals.filter((p) => p.outcome === 'DISCIPLINE').sort(byName);
  const parts = [
    { list: awards, title: 'DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG', subject: 'khen thưởng' },
    { list: praised, title: 'DANH SÁCH TẬP THỂ ĐƯỢC BIỂU DƯƠNG', subject: 'biểu dương' },
    { list: disciplined, title: 'DANH SÁCH TẬP THỂ BỊ PHÊ BÌNH, NHẮC NHỞ', subject: 'phê bình, nhắc nhở' },
  ].filter((part) => part.list.length > 0);
  const labelOf = (i: number) => (parts.length > 1 ? `Phụ lục ${['I', 'II', 'III'][i]}` : 'Phụ lục');
  const reference = `(Kèm theo Quyết định số ${numberLine.slice(4).trim()} ${
    date ? dateLine(null, date).toLocaleLowerCase('vi') : `ngày${BLANK}tháng${BLANK}năm ${input.draftYear}`
  } của ${chairman})`;

  const articles: { label: string; text: string }[] = [];
  const annexOf = (list: DecisionProposal[]) => labelOf(parts.findIndex((part) => part.list === list));
  if (awards.length)
    articles.push({
      label: '',
      text:
        `Khen thưởng ${awards.length} tập thể đã có thành tích xuất sắc trong ${input.campaignName}, với các hình ` +
        `thức khen thưởng tại ${annexOf(awards)} kèm theo Quyết định này.`,
    });
  if (praised.length || disciplined.length) {
    const notices = [
      praised.length ? `biểu dương ${praised.length} tập thể có kết quả tốt (${annexOf(praised)})` : '',
      disciplined.length
        ? `phê bình, nhắc nhở ${disciplined.length} tập thể chưa hoàn thành chỉ tiêu hoặc báo cáo chậm, chưa báo cáo ` +
          `(${annexOf(disciplined)})`
        : '',
    ].filter(Boolean);
    const text = `Công khai kết quả thực hiện ${input.campaignName}: ${notices.join('; ')}.`;
    articles.push({ label: '', text: text.charAt(0).toLocaleUpperCase('vi') + text.slice(1) });
  }
  const named = articles.map((_, i) => `Điều ${i + 1}`).join(' và ');
  articles.push({
    label: '',
    text:
      `Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng ${committeeName}, Thủ trưởng các sở, ban, ngành ` +
      `tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thành phố${named ? ` và các tập thể có tên tại ${named}` : ''} ` +
      'chịu trách nhiệm thi hành Quyết định này./.',
  });
  articles.forEach((article, i) => (article.label = `Điều ${i + 1}.`));

  const subjects = parts.map((part) => part.subject);
  const summary = subjects.length
    ? `Về việc ${subjects.join('; ')} các tập thể trong thực hiện ${input.campaignName}`
    : `Về kết quả thực hiện ${input.campaignName}`;
  return {
    draft: input.draft,
    issuer,
    numberLine,
    dateLine: writtenDate,
    title: 'QUYẾT ĐỊNH',
    summary,
    authority: chairman.toLocaleUpperCase('vi'),
    grounds: legalGrounds(date, input.draftYear, input.campaignName),
    proposer: `Theo đề nghị của Hội đồng Thi đua - Khen thưởng${committee ? ` ${committee}` : ''}.`,
    decides: 'QUYẾT ĐỊNH:',
    articles,
    recipients: [
      `- Như Điều ${articles.length};`,
      '- Chủ tịch, các Phó Chủ tịch UBND tỉnh;',
      '- Hội đồng Thi đua - Khen thưởng tỉnh;',
      '- Cổng Thông tin điện tử tỉnh;',
      '- Lưu: VT, TĐKT.',
    ],
    signature: { mandate: null, title: 'CHỦ TỊCH', name: null },
    annexes: parts.map((part, i) => ({
      label: labelOf(i),
      title: part.title,
      reference,
      rows: part.list.map((p) => ({ unitName: p.unitName, form: p.form, note: p.note?.trim() ?? '' })),
    })),
  };
}
