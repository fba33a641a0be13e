import { searchKey } from './search';
import { msg, type Message } from '../message';

/** The shortest and longest public address a campaign may have (the part after /cong-khai/). */
export const PUBLIC_SLUG_MIN_LENGTH = 3;
export const PUBLIC_SLUG_MAX_LENGTH = 80;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A readable public address for a name: the name without diacritics (đ as d), lower case, words joined by "-",
 * anything else dropped, cut at a word within the maximum length. "Chiến dịch 69 ngày đêm 2023" →
 * "chien-dich-69-ngay-dem-2023". May be shorter than the minimum for a name without letters or digits.
 */
export function publicSlugOf(name: string): string {
  const words = searchKey(name)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > PUBLIC_SLUG_MAX_LENGTH) break;
    slug = next;
  }
  return slug || words.join('-').slice(0, PUBLIC_SLUG_MAX_LENGTH);
}

/** What is wrong with a public address, in words; null when it may be used. */
export function publicSlugProblem(slug: string): Message | null {
  if (slug.length < PUBLIC_SLUG_MIN_LENGTH || slug.length > PUBLIC_SLUG_MAX_LENGTH)
    return msg(
      `The public address must have ${PUBLIC_SLUG_MIN_LENGTH} to ${PUBLIC_SLUG_MAX_LENGTH} characters.`,
      `Địa chỉ công khai phải dài từ ${PUBLIC_SLUG_MIN_LENGTH} đến ${PUBLIC_SLUG_MAX_LENGTH} ký tự.`,
    );
  if (!SLUG.test(slug))
    return msg(
      'The public address may hold only lower-case letters a–z, digits and single hyphens between them.',
      'Địa chỉ công khai chỉ được gồm chữ thường a–z, chữ số và dấu gạch ngang đơn nằm giữa chúng.',
    );
  return null;
}
