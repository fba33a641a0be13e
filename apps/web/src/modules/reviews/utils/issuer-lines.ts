/**
 * The issuer block of an administrative document from the root unit's name: "UBND tỉnh Cà Mau" →
 * ["ỦY BAN NHÂN DÂN", "TỈNH CÀ MAU"]. Another name is shown as it is, in capitals, on one line.
 */
export function issuerLines(rootName: string | null | undefined): string[] | null {
  const name = rootName?.trim();
  if (!name) return null;
  const committee = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(.+)$/i.exec(name);
  return committee ? ['ỦY BAN NHÂN DÂN', committee[1].toLocaleUpperCase('vi')] : [name.toLocaleUpperCase('vi')];
}
