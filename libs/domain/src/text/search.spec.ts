import { matchesSearch, searchKey, searchKeyOf } from './search';

describe('searching by name without diacritics', () => {
  it('"ca mau" finds "Thành phố Cà Mau"', () => {
    expect(searchKey('Thành phố Cà Mau')).toBe('thanh pho ca mau');
    expect(matchesSearch('ca mau', 'Thành phố Cà Mau')).toBe(true);
  });

  it('"dam doi" finds "Huyện Đầm Dơi": đ and Đ are read as d, which NFD alone does not do', () => {
    expect('Đầm'.normalize('NFD').replace(/\p{M}/gu, '')).toBe('Đam');
    expect(searchKey('Huyện Đầm Dơi')).toBe('huyen dam doi');
    expect(matchesSearch('dam doi', 'Huyện Đầm Dơi')).toBe(true);
    expect(matchesSearch('ĐẦM DƠI', 'Huyện Đầm Dơi')).toBe(true);
  });

  it('ignores case and extra spaces in the query and in the name', () => {
    expect(matchesSearch('  DAM   doi ', 'Huyện  Đầm\tDơi')).toBe(true);
    expect(searchKey('  Xã   Tân\u00a0Thuận  ')).toBe('xa tan thuan');
  });

  it('finds text typed with composed or decomposed accents alike', () => {
    const composed = 'Xã Khánh Bình Tây Bắc'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(searchKey(decomposed)).toBe(searchKey(composed));
    expect(matchesSearch(decomposed, composed)).toBe(true);
  });

  it('matches the code as well as the name, and an empty query matches everything', () => {
    expect(matchesSearch('970', '970', 'Huyện Đầm Dơi')).toBe(true);
    expect(matchesSearch('970 huyen', '970', 'Huyện Đầm Dơi')).toBe(true);
    expect(matchesSearch('', '970', 'Huyện Đầm Dơi')).toBe(true);
    expect(matchesSearch('   ', undefined, null)).toBe(true);
  });

  it('does not find what is not there: "dam doi" is not "Năm Căn", and "dâm" does not need its accent', () => {
    expect(matchesSearch('dam doi', 'Huyện Năm Căn')).toBe(false);
    expect(matchesSearch('tân', 'Xã Tân Thuận')).toBe(true);
    expect(matchesSearch('tan thuan x', 'Xã Tân Thuận')).toBe(false);
  });

  it('reads several fields as one text, skipping the missing ones', () => {
    expect(searchKeyOf('970', null, 'Huyện Đầm Dơi', undefined)).toBe('970 huyen dam doi');
  });
});
