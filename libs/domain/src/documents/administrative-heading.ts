/**
 * The heading of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP): the issuer block from the root
 * unit's name, the place named in the date line, and the date line itself.
 */

const COMMITTEE = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(.+)$/i;
const PLACE = /^(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+(.+)$/i;

/**
 * The issuer block: "UBND tỉnh Cà Mau" → ["ỦY BAN NHÂN DÂN", "TỈNH CÀ MAU"]. Another name is shown as it is, in
 * capitals, on one line; null when there is no name.
 */
export function issuerLines(rootName: string | null | undefined): string[] | null {
  const name = rootName?.trim();
  if (!name) return null;
  const committee = COMMITTEE.exec(name);
  return committee ? ['ỦY BAN NHÂN DÂN', committee[1].toLocaleUpperCase('vi')] : [name.toLocaleUpperCase('vi')];
}

/** The place of the date line: "UBND tỉnh Cà Mau" → "Cà Mau"; another name as it is; null when there is none. */
export function placeName(rootName: string | null | undefined): string | null {
  const name = rootName?.trim();
  if (!name) return null;
  const area = COMMITTEE.exec(name)?.[1] ?? name;
  return PLACE.exec(area)?.[1] ?? area;
}

/**
 * "Cà Mau, ngày 12 tháng 5 năm 2023" for the calendar date 2023-05-12 ("Ngày 12 tháng 5 năm 2023" without a place).
 * Days below 10 and the months 1 and 2 take a leading zero, as the decree writes them ("ngày 03 tháng 02 năm 2023").
 */
export function dateLine(place: string | null, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const dd = String(day).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  const line = `ngày ${dd} tháng ${mm} năm ${year}`;
  return place ? `${place}, ${line}` : `N${line.slice(1)}`;
}

/** A calendar date (YYYY-MM-DD) written dd/MM/yyyy. */
export function vietnameseDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}
