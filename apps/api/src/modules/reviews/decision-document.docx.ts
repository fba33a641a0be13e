import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip as mm,
  type IBorderOptions,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import type { DecisionAnnex, DecisionDocument } from '@thidua/domain';

/**
 * The decision laid out as Nghị định 30/2020/NĐ-CP asks (docs/domain.md, the decision document): A4, Times New Roman,
 * margins 20/20/30/15 mm, the two-column heading, page numbers centred at the top from page 2, the annexes on new
 * pages numbered apart.
 */
const PT = (points: number) => points * 2;
const BODY = PT(14);
const TEXT_WIDTH_MM = 210 - 30 - 15;
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

interface Line {
  text: string;
  size?: number;
  bold?: boolean;
  italics?: boolean;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  before?: number;
  after?: number;
  indentFirst?: boolean;
}

function line({
  text,
  size = BODY,
  bold,
  italics,
  align = AlignmentType.CENTER,
  before = 0,
  after = 0,
  ...rest
}: Line) {
  return new Paragraph({
    alignment: align,
    spacing: { before: before * 20, after: after * 20 },
    indent: rest.indentFirst ? { firstLine: mm(12.7) } : undefined,
    children: [new TextRun({ text, size, bold, italics })],
  });
}

/** An empty paragraph drawing a short centred rule (the heading's lines under the issuer and the motto). */
function rule(insetMm: number) {
  return new Paragraph({
    border: { top: LINE },
    indent: { left: mm(insetMm), right: mm(insetMm) },
    // A little air between the text and the rule, so that it reads as a rule, not an underline.
    spacing: { before: 60, after: 0 },
    children: [new TextRun({ text: '', size: PT(4) })],
  });
}

/** Air inside an annex cell (twips), so that the text never touches the grid. */
const CELL_PADDING = { top: 40, bottom: 40, left: 80, right: 80 };

function cell(children: Paragraph[], widthMm: number, borders = NO_BORDERS, margins = {}) {
  return new TableCell({ children, width: { size: mm(widthMm), type: WidthType.DXA }, borders, margins });
}

function heading(document: DecisionDocument): Table {
  const [left, right] = [TEXT_WIDTH_MM * 0.4, TEXT_WIDTH_MM * 0.6];
  const issuer = document.issuer.map((text) => line({ text, size: PT(13), bold: true }));
  return new Table({
    width: { size: mm(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: [mm(left), mm(right)],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell([...issuer, rule(left / 3)], left),
          cell(
            [
              line({ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', size: PT(12), bold: true }),
              line({ text: 'Độc lập - Tự do - Hạnh phúc', size: PT(13), bold: true }),
              rule(right / 2 - 33),
            ],
            right,
          ),
        ],
      }),
      new TableRow({
        children: [
          cell([line({ text: document.numberLine, size: PT(13), before: 6 })], left),
          cell([line({ text: document.dateLine, italics: true, before: 6 })], right),
        ],
      }),
    ],
  });
}

function body(document: DecisionDocument): (Paragraph | Table)[] {
  const justified = { align: AlignmentType.JUSTIFIED, indentFirst: true, after: 6 } as const;
  const article = (label: string, text: string) =>
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: mm(12.7) },
      spacing: { after: 120 },
      children: [new TextRun({ text: `${label} `, bold: true, size: BODY }), new TextRun({ text, size: BODY })],
    });
  return [
    heading(document),
    line({ text: document.title, bold: true, before: 18 }),
    line({ text: document.summary, bold: true }),
    // A rule a third of the line long, centred under the summary.
    rule(TEXT_WIDTH_MM / 3),
    line({ text: document.authority, bold: true, before: 12, after: 6 }),
    ...document.grounds.map((text) => line({ text, italics: true, ...justified })),
    line({ text: document.proposer, italics: true, ...justified }),
    line({ text: document.decides, bold: true, before: 6, after: 6 }),
    ...document.articles.map(({ label, text }) => article(label, text)),
    signatureBlock(document),
  ];
}

function signatureBlock(document: DecisionDocument): Table {
  const [left, right] = [TEXT_WIDTH_MM * 0.55, TEXT_WIDTH_MM * 0.45];
  const { mandate, title, name } = document.signature;
  const recipients = [
    new Paragraph({ children: [new TextRun({ text: 'Nơi nhận:', bold: true, italics: true, size: PT(12) })] }),
    ...document.recipients.map((text) => new Paragraph({ children: [new TextRun({ text, size: PT(11) })] })),
  ];
  const signer = [
    ...(mandate ? [line({ text: mandate, bold: true })] : []),
    line({ text: title, bold: true }),
    ...Array.from({ length: 4 }, () => line({ text: '' })),
    line({ text: name ?? '', bold: true }),
  ];
  return new Table({
    width: { size: mm(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: [mm(left), mm(right)],
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(recipients, left), cell(signer, right)] })],
  });
}

function annexPages(annex: DecisionAnnex): (Paragraph | Table)[] {
  const widths = [12, 63, 50, 40];
  const header = ['STT', 'Tên tập thể', 'Hình thức', 'Ghi chú'];
  const row = (cells: string[], bold = false) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map((text, i) =>
        cell(
          [line({ text, size: PT(13), bold, align: i === 0 || bold ? AlignmentType.CENTER : AlignmentType.LEFT })],
          widths[i],
          GRID,
          CELL_PADDING,
        ),
      ),
    });
  return [
    line({ text: annex.label, size: PT(14), bold: true }),
    line({ text: annex.title, bold: true }),
    line({ text: annex.reference, italics: true, after: 12 }),
    new Table({
      width: { size: mm(TEXT_WIDTH_MM), type: WidthType.DXA },
      columnWidths: widths.map(mm),
      rows: [
        row(header, true),
        ...annex.rows.map((entry, i) => row([String(i + 1), entry.unitName, entry.form, entry.note])),
      ],
    }),
  ];
}

/** Page numbers centred at the top; none on a section's first page. */
function pageNumberHeader(): Header {
  const number: ParagraphChild = new TextRun({ children: [PageNumber.CURRENT], size: PT(13) });
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [number] })] });
}

/** A draft's mark, in the first page's header so that the heading sits where it will on the signed decision. */
function draftHeader(draft: boolean): Header {
  const mark = new TextRun({ text: 'DỰ THẢO', bold: true, size: PT(14), color: 'C00000' });
  return new Header({ children: draft ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: [mark] })] : [] });
}

function section(children: (Paragraph | Table)[], draft = false): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: mm(210), height: mm(297) },
        margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
        pageNumbers: { start: 1 },
      },
    },
    headers: { default: pageNumberHeader(), first: draftHeader(draft) },
    children,
  };
}

/** The DOCX file of a decision: the decision, then each annex on its own pages with its own numbering. */
export async function decisionDocx(document: DecisionDocument): Promise<Buffer> {
  const file = new Document({
    creator: 'ThiĐua',
    title: `${document.title} — ${document.summary}`,
    styles: { default: { document: { run: { font: 'Times New Roman', size: BODY } } } },
    sections: [section(body(document), document.draft), ...document.annexes.map((annex) => section(annexPages(annex)))],
  });
  return Packer.toBuffer(file);
}
