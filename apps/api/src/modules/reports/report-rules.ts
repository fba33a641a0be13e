import { validatePeriodIndex, validateReportedCounts } from '@thidua/domain';
import { fromDomainErrors, userError, type Problem } from '../../foundation/errors/problem';
import type { UnitEntity } from '../units';
import type { CampaignContext } from '../campaigns';
import type { StoredReportValue } from './report.entity';
import { msg } from '../../foundation/i18n/message';

export interface RawValue {
  indicatorCode: string;
  numerator: number;
  denominator: number;
}

export type CheckedValue = StoredReportValue & { indicatorId: string };

/** A report is accepted only while its campaign is ACTIVE. */
export function checkCampaignOpen(context: CampaignContext, field: string[]): Problem[] {
  if (context.campaign.status === 'CLOSED')
    return [
      userError(
        'CAMPAIGN_CLOSED',
        field,
        msg('This campaign is closed; it takes no more reports.', 'Chiến dịch đã đóng; không nhận thêm báo cáo.'),
      ),
    ];
  if (context.campaign.status === 'DRAFT')
    return [
      userError(
        'CAMPAIGN_NOT_ACTIVE',
        field,
        msg(
          'This campaign is still being set up; it takes reports once it is active.',
          'Chiến dịch đang được thiết lập; chiến dịch chỉ nhận báo cáo khi đã hoạt động.',
        ),
      ),
    ];
  return [];
}

export function checkPeriod(context: CampaignContext, periodIndex: number, field: string[]): Problem[] {
  const checked = validatePeriodIndex(periodIndex, context.periods.length, []);
  return checked.ok ? [] : fromDomainErrors(checked.errors, field);
}

/** The unit must exist, be active, and be at one of the campaign's levels. */
export function checkUnit(context: CampaignContext, unit: UnitEntity | null, field: string[]): Problem[] {
  if (!unit) return [userError('UNKNOWN_UNIT', field, msg('There is no such unit.', 'Không có đơn vị này.'))];
  if (unit.archivedAt)
    return [
      userError(
        'ARCHIVED_UNIT',
        field,
        msg(`${unit.name} is archived and reports no more.`, `${unit.name} đã được lưu trữ nên không nộp báo cáo nữa.`),
      ),
    ];
  if (!context.levelIds.has(unit.levelId))
    return [
      userError(
        'UNIT_NOT_IN_CAMPAIGN',
        field,
        msg(`${unit.name} is not at a level of this campaign.`, `${unit.name} không thuộc cấp nào của chiến dịch này.`),
      ),
    ];
  return [];
}

/**
 * One value for every indicator of the campaign: whole counts from 0 to MAX_REPORTED_COUNT (@thidua/domain), the
 * numerator not above the denominator.
 * `fieldOf(i, column)` says where the i-th value came from (a form field or a file cell).
 */
export function checkValues(
  context: CampaignContext,
  values: RawValue[],
  fieldOf: (index: number, column: string) => string[],
  missingField: string[],
): { values: CheckedValue[]; errors: Problem[] } {
  const errors: Problem[] = [];
  const byCode = new Map(context.indicators.map((indicator) => [indicator.code, indicator]));
  const given = new Map<string, RawValue>();
  values.forEach((value, i) => {
    if (!byCode.has(value.indicatorCode)) {
      errors.push(
        userError(
          'UNKNOWN_INDICATOR',
          fieldOf(i, 'indicatorCode'),
          msg(
            `${value.indicatorCode} is not an indicator of this campaign.`,
            `${value.indicatorCode} không phải là chỉ số của chiến dịch này.`,
          ),
        ),
      );
      return;
    }
    if (given.has(value.indicatorCode)) {
      errors.push(
        userError(
          'DUPLICATE_INDICATOR',
          fieldOf(i, 'indicatorCode'),
          msg(`${value.indicatorCode} is given more than once.`, `${value.indicatorCode} được nhập nhiều lần.`),
        ),
      );
      return;
    }
    given.set(value.indicatorCode, value);
    const counts = validateReportedCounts(value.numerator, value.denominator, []);
    if (!counts.ok) {
      for (const error of counts.errors) {
        const column = error.field?.[error.field.length - 1] ?? 'numerator';
        const message = msg(
          `${value.indicatorCode}: ${error.message.en}`,
          `${value.indicatorCode}: ${error.message.vi}`,
        );
        errors.push(userError(error.code, fieldOf(i, column), message));
      }
    }
  });
  const missing = context.indicators.filter((indicator) => !given.has(indicator.code));
  if (missing.length) {
    errors.push(
      userError(
        'MISSING_INDICATOR',
        missingField,
        msg(
          `A report needs a value for every indicator; missing: ${missing.map((m) => m.code).join(', ')}.`,
          `Báo cáo cần có giá trị cho mọi chỉ số; còn thiếu: ${missing.map((m) => m.code).join(', ')}.`,
        ),
      ),
    );
  }
  const checked = context.indicators
    .filter((indicator) => given.has(indicator.code))
    .map((indicator) => {
      const value = given.get(indicator.code) as RawValue;
      return {
        indicatorId: indicator.id,
        indicatorCode: indicator.code,
        numerator: value.numerator,
        denominator: value.denominator,
      };
    });
  return { values: checked, errors };
}
