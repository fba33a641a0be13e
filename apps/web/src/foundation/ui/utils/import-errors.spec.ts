import { toImportRowErrors } from './import-errors';

describe('toImportRowErrors', () => {
  it('orders bad rows by row number and keeps the column of each', () => {
    const { rows, general } = toImportRowErrors([
      { code: 'UNKNOWN_LEVEL', field: ['csv', '12', 'levelKey'], message: 'Cấp không tồn tại' },
      { code: 'REQUIRED', field: ['csv', '3', 'name'], message: 'Thiếu tên' },
      { code: 'DUPLICATE_CODE', field: ['csv', '3', 'code'], message: 'Mã trùng' },
    ]);
    expect(rows).toEqual([
      { row: 3, column: 'code', message: 'Mã trùng' },
      { row: 3, column: 'name', message: 'Thiếu tên' },
      { row: 12, column: 'levelKey', message: 'Cấp không tồn tại' },
    ]);
    expect(general).toEqual([]);
  });

  it('says a header problem above the table rather than as a row', () => {
    const { rows, general } = toImportRowErrors([{ code: 'BAD_HEADER', field: ['csv'], message: 'Thiếu cột code' }]);
    expect(rows).toEqual([]);
    expect(general).toEqual(['Thiếu cột code']);
  });
});
