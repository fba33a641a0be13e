import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { addSheet } from './xlsx-sheet';

describe('sheet names taken from level names', () => {
  it('gives every name a sheet Excel accepts, each unlike the others, whatever the names hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.stringMatching(/^[a' :\[\]]{25,40}$/)), {
          minLength: 1,
          maxLength: 8,
        }),
        (names) => {
          const workbook = new ExcelJS.Workbook();
          for (const name of [...names, ...names]) addSheet(workbook, name);
          const taken = workbook.worksheets.map((sheet) => sheet.name);
          expect(taken).toHaveLength(names.length * 2);
          expect(new Set(taken.map((name) => name.toLowerCase())).size).toBe(taken.length);
          for (const name of taken) {
            expect(name.length).toBeGreaterThan(0);
            expect(name.length).toBeLessThanOrEqual(31);
            expect(name).not.toMatch(/[*?:\\/[\]]|^'|'$/);
          }
        },
      ),
    );
  });

  it('keeps a plain name as it is', () => {
    expect(addSheet(new ExcelJS.Workbook(), 'Xếp hạng Cấp huyện').name).toBe('Xếp hạng Cấp huyện');
  });
});
