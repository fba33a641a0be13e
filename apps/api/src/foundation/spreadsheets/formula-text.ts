/**
 * Text a spreadsheet would take for a formula when it opens a CSV file or when a cell is edited: a leading =, +, -
 * or @ (also their full-width forms, and after leading spaces), or a leading tab, carriage return or line feed.
 */
const FORMULA_START = /^(?:[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r\n])/;

export function startsFormula(text: string): boolean {
  return FORMULA_START.test(text);
}
