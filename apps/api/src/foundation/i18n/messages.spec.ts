import fs from 'node:fs';
import path from 'node:path';
import express, { type Request } from 'express';
import ts from 'typescript';
import { badInput, forbidden } from '../errors/refusal';
import { checkText, userError } from '../errors/problem';
import { languageOf, languageOfHeader, localize, msg } from './message';

const API_SOURCES = path.resolve(__dirname, '../..');
const DOMAIN_SOURCES = path.resolve(__dirname, '../../../../../libs/domain/src');

/** Every .ts source file (not a spec) under `dir`. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return entry.name.endsWith('.ts') && !/\.(int-)?spec\.ts$/.test(entry.name) ? [file] : [];
  });
}

const files = [...sources(API_SOURCES), ...sources(DOMAIN_SOURCES)].map((file) => ({
  name: path.relative(path.resolve(API_SOURCES, '../../..'), file),
  source: ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true),
}));

/** Every call in the sources, with its file. */
function calls(): { file: string; line: number; call: ts.CallExpression | ts.NewExpression }[] {
  const found: { file: string; line: number; call: ts.CallExpression | ts.NewExpression }[] = [];
  for (const { name, source } of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({ file: name, line, call: node });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

const calleeName = (call: ts.CallExpression | ts.NewExpression): string => call.expression.getText();

/** A message's words: its text without the `${…}` details and the quotes. */
function words(node: ts.Expression): string {
  return node
    .getText()
    .replace(/\$\{[^}]*\}/g, ' ')
    .replace(/['"`+\s]+/g, ' ')
    .trim();
}

/** How many details (`${…}`) a message holds; not a word's ending (the English plural `argument${…}`). */
const details = (node: ts.Expression): number => (node.getText().match(/(?<![\p{L}])\$\{/gu) ?? []).length;

const isText = (node: ts.Expression | undefined): boolean =>
  !!node &&
  (ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isTemplateExpression(node) ||
    (ts.isBinaryExpression(node) && isText(node.left) && isText(node.right)));

describe('the messages in two languages', () => {
  const messages = calls().filter(({ call }) => calleeName(call) === 'msg');

  it('are written where they are made, hundreds of them', () => {
    expect(messages.length).toBeGreaterThan(250);
  });

  it('each have a Vietnamese text, not empty, not the English one, with as many details', () => {
    const wrong = messages.flatMap(({ file, line, call }) => {
      const [en, vi] = call.arguments ?? [];
      const where = `${file}:${line}`;
      if (!en || !vi || call.arguments?.length !== 2) return [`${where}: msg needs the English and the Vietnamese`];
      if (!isText(en) || !isText(vi)) return [];
      const problems: string[] = [];
      if (/[A-Za-z]/.test(words(en)) && (words(vi) === '' || words(vi) === words(en))) {
        problems.push(`${where}: the Vietnamese is empty or the English one`);
      }
      if (details(en) !== details(vi))
        problems.push(`${where}: ${details(en)} details in English, ${details(vi)} in Vietnamese`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  it('are given wherever the API or the domain makes a message for people (no English-only text)', () => {
    // The message argument of each maker (by its index); a text written there would be English only.
    const makers: Record<string, number> = {
      userError: 2,
      domainError: 1,
      badInput: 0,
      forbidden: 0,
      badUserInput: 0,
      spreadsheetProblem: 1,
      sendError: 4,
      'new Refusal': 1,
      'new DossierFileError': 0,
    };
    const bare = calls().flatMap(({ file, line, call }) => {
      const name = ts.isNewExpression(call) ? `new ${calleeName(call)}` : calleeName(call);
      const index = makers[name];
      if (index === undefined) return [];
      return isText(call.arguments?.[index]) ? [`${file}:${line}: ${name}`] : [];
    });
    expect(bare).toEqual([]);
  });

  it('reach the refusals and problems made with them, both texts kept', () => {
    const refusal = badInput(msg('There is no such campaign.', 'Không có chiến dịch này.'));
    expect([refusal.message, refusal.text.vi]).toEqual(['There is no such campaign.', 'Không có chiến dịch này.']);
    expect(forbidden(msg('Not yours.', 'Không phải của bạn.'))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Not yours.',
      text: { en: 'Not yours.', vi: 'Không phải của bạn.' },
    });
    expect(userError('REQUIRED', null, msg('a', 'b')).message).toEqual({ en: 'a', vi: 'b' });
    expect(checkText(' ', ['input', 'name'], 'name', 10)[0].message).toEqual({
      en: 'The name must not be empty.',
      vi: 'Tên không được để trống.',
    });
    expect(checkText('x'.repeat(11), ['input', 'note'], 'note', 10)[0].message).toEqual({
      en: 'The note must be at most 10 characters.',
      vi: 'Ghi chú dài tối đa 10 ký tự.',
    });
    expect(localize(msg('a', 'b'), 'vi')).toBe('b');
  });
});

describe('the language of a request', () => {
  // Express's own request (its `get` and `acceptsLanguages`, negotiator underneath) over the given headers.
  const request = (header: string | undefined): Request =>
    Object.assign(Object.create(express.request) as Request, {
      headers: header === undefined ? {} : { 'accept-language': header },
    });

  it.each([
    ['vi', 'vi'],
    ['vi-VN', 'vi'],
    ['vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7', 'vi'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['vi;q=0.1, en', 'en'],
    ['fr', 'en'],
    ['*', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    ['fr, vi;q=0.5, en;q=0.5', 'vi'],
    ['en;q=0, vi;q=0.2', 'vi'],
    ['vi;q=0', 'en'],
  ])('Accept-Language %p → %s, over HTTP and on a WebSocket upgrade alike', (header, language) => {
    expect(languageOf(request(header))).toBe(language);
    expect(languageOfHeader(header)).toBe(language);
  });
});
