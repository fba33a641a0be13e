/** Lower case, without Vietnamese diacritics: "Thành phố Cà Mau" → "thanh pho ca mau". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function unitSearchText(code: string, name: string): string {
  return foldForSearch(`${code} ${name}`);
}
