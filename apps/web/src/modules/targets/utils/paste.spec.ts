import { isBlock, parsePastedBlock, placeBlock } from './paste';
import { parseTargetText, targetValueOf } from './parse-target';

describe('parseTargetText', () => {
  it.each([
    ['62,5', 62.5],
    ['62.5', 62.5],
    [' 70 ', 70],
    ['80%', 80],
    ['0', 0],
    ['100', 100],
    ['0.062,5', 62.5],
  ])('reads %p', (raw, value) => {
    expect(parseTargetText(raw)).toEqual({ kind: 'value', value });
  });

  it('reads an empty cell as "clear the target"', () => {
    expect(parseTargetText('  ')).toEqual({ kind: 'empty' });
    expect(targetValueOf('')).toBeNull();
  });

  it('flags text and percentages outside 0–100', () => {
    expect(parseTargetText('abc')).toEqual({ kind: 'invalid', reason: 'NOT_A_NUMBER' });
    expect(parseTargetText('6,2,5')).toEqual({ kind: 'invalid', reason: 'NOT_A_NUMBER' });
    expect(parseTargetText('101')).toEqual({ kind: 'invalid', reason: 'OUT_OF_RANGE' });
    expect(parseTargetText('-5')).toEqual({ kind: 'invalid', reason: 'OUT_OF_RANGE' });
    expect(targetValueOf('abc')).toBeUndefined();
  });
});

describe('parsePastedBlock', () => {
  it('turns a spreadsheet block with Vietnamese decimals into rows of values', () => {
    const block = parsePastedBlock('62,5\t70\t40\r\n60\t65\t30\r\n');
    expect(block.map((row) => row.map((cell) => cell.parsed))).toEqual([
      [
        { kind: 'value', value: 62.5 },
        { kind: 'value', value: 70 },
        { kind: 'value', value: 40 },
      ],
      [
        { kind: 'value', value: 60 },
        { kind: 'value', value: 65 },
        { kind: 'value', value: 30 },
      ],
    ]);
  });

  it('flags the bad cells of a block and keeps their text', () => {
    const block = parsePastedBlock('80\tchưa có\n\t120');
    expect(block[0][1]).toEqual({ raw: 'chưa có', parsed: { kind: 'invalid', reason: 'NOT_A_NUMBER' } });
    expect(block[1][0]).toEqual({ raw: '', parsed: { kind: 'empty' } });
    expect(block[1][1]).toEqual({ raw: '120', parsed: { kind: 'invalid', reason: 'OUT_OF_RANGE' } });
  });

  it('tells a block from one value', () => {
    expect(isBlock('62,5')).toBe(false);
    expect(isBlock('62,5\n')).toBe(false);
    expect(isBlock('62,5\t70')).toBe(true);
    expect(isBlock('62,5\n70')).toBe(true);
  });
});

describe('placeBlock', () => {
  it('starts at the focused cell and drops what falls outside the grid', () => {
    const block = parsePastedBlock('1\t2\t3\n4\t5\t6');
    const { placed, dropped } = placeBlock(block, { row: 2, col: 1 }, { rows: 3, cols: 3 });
    expect(placed.map(({ row, col, cell }) => [row, col, cell.raw])).toEqual([
      [2, 1, '1'],
      [2, 2, '2'],
    ]);
    expect(dropped).toBe(4);
  });
});
