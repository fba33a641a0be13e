import type { UserErrorLike } from '../../../foundation/ui/utils/user-errors';

export type CountColumn = 'numerator' | 'denominator';

export interface ValueTexts {
  numerator: string;
  denominator: string;
}

/** The form's text per indicator code, from the report being revised (or empty). */
export function initialTexts(
  codes: ReadonlyArray<string>,
  values: ReadonlyArray<{ indicator: { code: string }; numerator: number; denominator: number }> = [],
): Record<string, ValueTexts> {
  const byCode = new Map(values.map((value) => [value.indicator.code, value]));
  return Object.fromEntries(
    codes.map((code) => {
      const value = byCode.get(code);
      return [
        code,
        value
          ? { numerator: String(value.numerator), denominator: String(value.denominator) }
          : { numerator: '', denominator: '' },
      ];
    }),
  );
}

export function cellKey(code: string, column: CountColumn): string {
  return `${code}.${column}`;
}

/**
 * submitReport's userErrors: ["input", "values", "<i>", "numerator" | "denominator" | "indicatorCode"] goes beside
 * the cell of the i-th value sent (an indicatorCode error on its numerator); anything else to the top of the form.
 */
export function splitReportErrors(
  errors: ReadonlyArray<UserErrorLike>,
  sentCodes: ReadonlyArray<string>,
  describe: (error: UserErrorLike) => string,
): { byCell: Record<string, string[]>; general: string[] } {
  const byCell: Record<string, string[]> = {};
  const general: string[] = [];
  for (const error of errors) {
    const [root, list, index, column] = error.field ?? [];
    const code = root === 'input' && list === 'values' ? sentCodes[Number(index)] : undefined;
    if (code) {
      const key = cellKey(code, column === 'denominator' ? 'denominator' : 'numerator');
      (byCell[key] ??= []).push(describe(error));
    } else {
      general.push(describe(error));
    }
  }
  return { byCell, general };
}
