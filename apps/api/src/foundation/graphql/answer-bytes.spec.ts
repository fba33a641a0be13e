import express from 'express';
import type { AddressInfo } from 'node:net';
import { AnswerBytes } from './answer-bytes';

describe('AnswerBytes', () => {
  it('hands each held answer over once, by its reference, and leaves other bodies alone', () => {
    const answers = new AnswerBytes();
    const first = answers.hold(Buffer.from('{"data":1}\n'));
    const second = answers.hold(Buffer.from('{"data":2}\n'));
    expect(first).not.toBe(second);
    expect(first.startsWith('{')).toBe(false); // never mistaken for a JSON body
    expect(answers.take(second)).toEqual(Buffer.from('{"data":2}\n'));
    expect(answers.take(second)).toBe(second);
    expect(answers.take('{"data":3}')).toBe('{"data":3}');
    expect(answers.take(`${first}x`)).toBe(`${first}x`);
    expect(answers.size).toBe(1);
  });

  it('forgets the oldest answers never sent beyond its bound', () => {
    const answers = new AnswerBytes(3);
    const references = Array.from({ length: 5 }, (_, i) => answers.hold(Buffer.from(String(i))));
    expect(answers.size).toBe(3);
    expect(references.map((reference) => answers.take(reference).toString())).toEqual([
      references[0],
      references[1],
      '2',
      '3',
      '4',
    ]);
  });

  it("sends a held answer's bytes through Express, with the route's headers", async () => {
    const answers = new AnswerBytes();
    const app = express();
    app.use(answers.send);
    app.get('/held', (_req, res) => {
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.send(answers.hold(Buffer.from('{"data":{"name":"Đầm Dơi"}}\n')));
    });
    app.get('/text', (_req, res) => void res.send('plain'));
    const server = app.listen(0);
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const held = await fetch(`${base}/held`);
      expect(held.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(held.headers.get('content-length')).toBe(String(Buffer.byteLength('{"data":{"name":"Đầm Dơi"}}\n')));
      expect(await held.json()).toEqual({ data: { name: 'Đầm Dơi' } });
      expect(await (await fetch(`${base}/text`)).text()).toBe('plain');
      expect(answers.size).toBe(0);
    } finally {
      server.close();
    }
  });
});
