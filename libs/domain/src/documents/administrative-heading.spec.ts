import { dateLine, issuerLines, placeName, vietnameseDate } from './administrative-heading';

describe('the heading of an administrative document', () => {
  it('names the provincial committee on two lines and other issuers on one', () => {
    expect(issuerLines('UBND tỉnh Cà Mau')).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH CÀ MAU']);
    expect(issuerLines('Ủy ban nhân dân thành phố Cần Thơ')).toEqual(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ CẦN THƠ']);
    expect(issuerLines('Bộ Nội vụ')).toEqual(['BỘ NỘI VỤ']);
    expect(issuerLines('  ')).toBeNull();
  });

  it('takes the place of the date line from the committee name', () => {
    expect(placeName('UBND tỉnh Cà Mau')).toBe('Cà Mau');
    expect(placeName('Ủy ban nhân dân thành phố Cần Thơ')).toBe('Cần Thơ');
    expect(placeName('Bộ Nội vụ')).toBe('Bộ Nội vụ');
    expect(placeName(null)).toBeNull();
  });

  it('writes Friday 12 May 2023 as "ngày 12 tháng 5" and 3 February as "ngày 03 tháng 02"', () => {
    expect(dateLine('Cà Mau', '2023-05-12')).toBe('Cà Mau, ngày 12 tháng 5 năm 2023');
    expect(dateLine('Cà Mau', '2023-02-03')).toBe('Cà Mau, ngày 03 tháng 02 năm 2023');
    expect(dateLine('Cà Mau', '2023-12-31')).toBe('Cà Mau, ngày 31 tháng 12 năm 2023');
    expect(dateLine(null, '2023-05-12')).toBe('Ngày 12 tháng 5 năm 2023');
  });

  it('writes calendar dates dd/MM/yyyy', () => {
    expect(vietnameseDate('2023-05-06')).toBe('06/05/2023');
  });
});
