import { issuerLines } from './issuer-lines';

describe('the decision list names its issuer from the root unit', () => {
  it('"UBND tỉnh Cà Mau" reads as the committee over the province, in capitals', () => {
    expect(issuerLines('UBND tỉnh Cà Mau')).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH CÀ MAU']);
    expect(issuerLines('Ủy ban nhân dân thành phố Cần Thơ')).toEqual(['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ CẦN THƠ']);
  });

  it('another name is kept whole; no root, no guess', () => {
    expect(issuerLines('Bộ Nội vụ')).toEqual(['BỘ NỘI VỤ']);
    expect(issuerLines(undefined)).toBeNull();
  });
});
