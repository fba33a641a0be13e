import yauzl from 'yauzl';

/** Every part of a zip (a DOCX, an XLSX), as text, by name. */
export async function unzipParts(bytes: Buffer): Promise<Map<string, string>> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const entries = await new Promise<yauzl.Entry[]>((resolve, reject) => {
    const found: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      found.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(found));
    zip.on('error', reject);
    zip.readEntry();
  });
  const parts = new Map<string, string>();
  for (const entry of entries) {
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
    parts.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
  }
  zip.close();
  return parts;
}

/** The paragraphs' text of a WordprocessingML part, in order. */
export function docxParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((paragraph) =>
    [...paragraph[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
  );
}

/** The table rows of a WordprocessingML part with `cells` cells whose first is a number: an annex's rows. */
export function docxNumberedRows(xml: string, cells: number): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)]
    .map((row) => docxParagraphs(row[0]))
    .filter((row) => row.length === cells && /^\d+$/.test(row[0] ?? ''));
}
