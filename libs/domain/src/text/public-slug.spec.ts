import fc from 'fast-check';
import { PUBLIC_SLUG_MAX_LENGTH, publicSlugOf, publicSlugProblem } from './public-slug';

describe('publicSlugOf', () => {
  it.each([
    ['Chiến dịch 69 ngày đêm 2023', 'chien-dich-69-ngay-dem-2023'],
    ['  Đẩy mạnh   DVC trực tuyến — Cà Mau!  ', 'day-manh-dvc-truc-tuyen-ca-mau'],
    ['Quý I/2024', 'quy-i-2024'],
  ])('makes %j readable as %j', (name, slug) => {
    expect(publicSlugOf(name)).toBe(slug);
    expect(publicSlugProblem(slug)).toBeNull();
  });

  it('cuts a long name at a word', () => {
    const slug = publicSlugOf('chiến dịch '.repeat(30));
    expect(slug.length).toBeLessThanOrEqual(PUBLIC_SLUG_MAX_LENGTH);
    expect(slug.endsWith('-dich')).toBe(true);
  });

  it('gives an address that passes the check for any name with at least three letters or digits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (name) => {
        const slug = publicSlugOf(name);
        if (slug.length >= 3) expect(publicSlugProblem(slug)).toBeNull();
        expect(slug.length).toBeLessThanOrEqual(PUBLIC_SLUG_MAX_LENGTH);
      }),
    );
  });
});

describe('publicSlugProblem', () => {
  it.each(['ab', 'Chien-dich', 'chien dich', 'chien--dich', '-chien', 'chien-', 'chiến', 'a/b', 'x'.repeat(81)])(
    'refuses %j',
    (slug) => expect(publicSlugProblem(slug)).not.toBeNull(),
  );
});
