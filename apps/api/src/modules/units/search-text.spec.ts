import fc from 'fast-check';
import { matchesSearch } from '@thidua/domain';
import { unitSearchQuery, unitSearchText } from './search-text';

describe('the stored search text of a unit', () => {
  it('folds Vietnamese diacritics and đ so that "ca mau" finds "Thành phố Cà Mau"', () => {
    expect(unitSearchText('96', 'Thành phố  Cà Mau')).toBe('96 thanh pho ca mau');
    expect(unitSearchText('970', 'Huyện Đầm Dơi')).toBe('970 huyen dam doi');
  });

  it('finds (as SQL LIKE %query% does) exactly the units the domain says match', () => {
    const letter = fc.constantFrom(...'aàâăđĐêôơưẦẮỄỜỰbcDmnt 09'.split(''));
    const text = fc.array(letter, { maxLength: 12 }).map((letters) => letters.join(''));
    const code = fc.stringMatching(/^[A-Za-z0-9._-]{1,8}$/);
    fc.assert(
      fc.property(code, text, text, (unitCode, name, query) => {
        expect(unitSearchText(unitCode, name).includes(unitSearchQuery(query))).toBe(
          matchesSearch(query, unitCode, name),
        );
      }),
    );
  });
});
