import fc from 'fast-check';
import { matchesSearch, searchKey } from './search';

// Vietnamese letters with every diacritic, in both cases, plus spaces and digits, so that folding is exercised.
const VIETNAMESE = 'aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ';
const letterArb = fc.constantFrom(...`${VIETNAMESE}${VIETNAMESE.toUpperCase()}bcghklmnpqrstvx0123456789 \t`);
const textArb = fc.array(letterArb, { maxLength: 30 }).map((letters) => letters.join(''));

describe('search key properties', () => {
  it('is plain: lower-case ASCII letters, digits and single inner spaces', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const key = searchKey(text);
        expect(key).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
      }),
    );
  });

  it('is idempotent, and the same for a text in any case or normalization form', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const key = searchKey(text);
        expect(searchKey(key)).toBe(key);
        expect(searchKey(text.toUpperCase())).toBe(key);
        expect(searchKey(text.normalize('NFD'))).toBe(key);
        expect(searchKey(text.normalize('NFC'))).toBe(key);
      }),
    );
  });

  it('finds a name by any part of it typed without accents, in any case, with any spacing around it', () => {
    fc.assert(
      fc.property(textArb, textArb, textArb, (before, part, after) => {
        const typed = `  ${searchKey(part).toUpperCase()} `;
        expect(matchesSearch(typed, `${before}${part}${after}`)).toBe(true);
      }),
    );
  });

  it('finds a name by its whole self, however it is typed', () => {
    fc.assert(
      fc.property(textArb, (name) => expect(matchesSearch(name.toUpperCase().normalize('NFD'), name)).toBe(true)),
    );
  });
});
