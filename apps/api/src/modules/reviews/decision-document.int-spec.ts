import { startTestApp, type TestApp } from '../../../test/harness';
import { docxNumberedRows, docxParagraphs as paragraphs, unzipParts as unzip } from '../../../test/docx-files';

/** The lines of every page header of the file (word/header1.xml, …). */
function headerLines(parts: Map<string, string>): string[] {
  return [...parts].filter(([name]) => /^word\/header\d+\.xml$/.test(name)).flatMap(([, xml]) => paragraphs(xml));
}

const REVIEWS = `query($c: ID!) { reviews(campaignId: $c) { id name status decisionNumber
  proposals { decision form outcome unit { name } } } }`;

describe('the decision document (GET /exports/decision.docx)', () => {
  let app: TestApp;
  let admin: string;
  let reviews: {
    id: string;
    status: string;
    decisionNumber: string | null;
    proposals: { decision: string; form: string; outcome: string; unit: { name: string } }[];
  }[];

  beforeAll(async () => {
    app = await startTestApp({ demo: 'full' });
    admin = await app.loginAs('admin@camau.demo');
    const [{ id }] = await app.dataSource.query('SELECT id FROM campaigns ORDER BY created_at, id LIMIT 1');
    reviews = (await app.gql(REVIEWS, { c: id }, admin)).data?.reviews;
  });
  afterAll(() => app.close());

  const download = (query: string, token: string | null = admin) =>
    fetch(`${app.url}/exports/decision.docx?${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it("drafts the finalized review's decision in the state format, its annexes listing exactly the approved units", async () => {
    const review = reviews.find((r) => r.status === 'FINALIZED');
    if (!review) throw new Error('the demo has a finalized review');
    const response = await download(`reviewId=${review.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toContain('quyet-dinh.docx');
    const parts = await unzip(Buffer.from(await response.arrayBuffer()));
    expect([...parts.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const xml = parts.get('word/document.xml') as string;
    expect(parts.get('word/styles.xml')).toContain('Times New Roman');
    const text = paragraphs(xml);
    expect(text).toEqual(
      expect.arrayContaining([
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 512/QĐ-UBND',
        'Cà Mau, ngày 14 tháng 4 năm 2023',
        'QUYẾT ĐỊNH',
        'QUYẾT ĐỊNH:',
        'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CÀ MAU',
        'Nơi nhận:',
      ]),
    );
    expect([...text, ...headerLines(parts)]).not.toContain('DỰ THẢO');
    expect(text.filter((line) => /^Điều \d+\./.test(line)).at(-1)).toMatch(/\.\/\.$/);
    expect(text.some((line) => line.startsWith('(Kèm theo Quyết định số 512/QĐ-UBND ngày 14 tháng 4 năm 2023'))).toBe(
      true,
    );
    // The annexes' rows: each approved proposal once (STT, name, form), and no other unit.
    const approved = review.proposals.filter((p) => p.decision === 'APPROVED');
    expect(approved.length).toBeGreaterThan(0);
    const rows = docxNumberedRows(xml, 4);
    expect(rows.map(([, name, form]) => `${name} — ${form}`).sort()).toEqual(
      approved.map((p) => `${p.unit.name} — ${p.form}`).sort(),
    );
    // One section per annex after the decision, each numbering its pages from 1, none on its first page.
    const sections = xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections.length).toBe(1 + new Set(text.filter((line) => /^Phụ lục( [IV]+)?$/.test(line))).size);
    for (const section of sections) {
      expect(section).toContain('<w:titlePg');
      expect(section).toMatch(/<w:pgNumType w:start="1"/);
      // 30 mm left, 15 mm right (1 mm = 56,7 twips).
      expect(section).toMatch(/<w:pgMar [^>]*w:right="85\d"[^>]*w:left="170\d"/);
    }
  });

  it('marks an open review\'s decision "DỰ THẢO", without number or day', async () => {
    const review = reviews.find((r) => r.status !== 'FINALIZED');
    if (!review) throw new Error('the demo has an open review');
    const response = await download(`review=${review.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('du-thao-quyet-dinh.docx');
    const parts = await unzip(Buffer.from(await response.arrayBuffer()));
    const text = paragraphs(parts.get('word/document.xml') as string);
    // The mark stands in the first page's header, above the heading, which sits where it will once signed.
    expect(headerLines(parts)).toContain('DỰ THẢO');
    expect(text).not.toContain('DỰ THẢO');
    expect(text).toContainEqual(expect.stringMatching(/^Số:\s+\/QĐ-UBND$/));
    expect(text).toContainEqual(expect.stringMatching(/^Cà Mau, ngày\s+tháng\s+năm 2023$/));
  });

  it('answers 404 for no such review, 401 without a caller, and never a file', async () => {
    for (const query of ['reviewId=00000000-0000-4000-8000-000000000000', 'reviewId=x', '']) {
      const response = await download(query);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        errors: [{ message: expect.any(String), extensions: { code: 'NOT_FOUND' } }],
      });
    }
    expect((await download(`reviewId=${reviews[0].id}`, null)).status).toBe(401);
  });
});
