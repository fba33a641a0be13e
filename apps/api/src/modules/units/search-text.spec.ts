import { foldForSearch } from './search-text';

describe('search folding', () => {
  it('folds Vietnamese diacritics and đ so that "ca mau" finds "Thành phố Cà Mau"', () => {
    expect(foldForSearch('Thành phố  Cà Mau')).toBe('thanh pho ca mau');
    expect(foldForSearch('Huyện Đầm Dơi')).toBe('huyen dam doi');
  });
});
