import { reportedCountErrors } from '@thidua/domain';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../foundation/access/viewer';
import {
  fail,
  fromDomainErrors,
  succeed,
  userError,
  type Outcome,
  type Problem,
} from '../../foundation/errors/problem';
import { recordAudit } from '../../foundation/audit/audit.service';
import { UnitEntity } from '../units';
import { loadCampaignContext, unknownCampaign } from '../campaigns';
import type { ImportReportsInput } from './report.inputs';
import { notANumber, readReportFile, type ReportFileRow } from './report-file';
import { checkCampaignOpen, checkPeriod, checkUnit, checkValues, type CheckedValue } from './report-rules';
import { writeSubmissions } from './report-writer';
import { checkNotFedByRecords } from './fed-by-records';
import { msg } from '../../foundation/i18n/message';

export interface ReportsImportResult {
  created: number;
  revised: number;
  unchanged: number;
}

/**
 * One period's figures for many units, from CSV or XLSX: checked whole first; then written whole in one
 * transaction, or refused whole with every bad cell listed. Sending the same file again changes nothing.
 */
export class ReportsImportService {
  constructor(private readonly dataSource: DataSource) {}

  async import(input: ImportReportsInput, viewer: Viewer, now: Date): Promise<Outcome<ReportsImportResult>> {
    if (input.submittedAt && input.submittedAt > now) {
      return fail(
        userError(
          'SUBMITTED_AT_IN_FUTURE',
          ['input', 'submittedAt'],
          msg(
            'A back-filled submission time cannot be in the future.',
            'Thời điểm nộp được nhập bổ sung không thể ở trong tương lai.',
          ),
        ),
      );
    }
    const file = await readReportFile(input);
    if (!file.ok) return file;
    return this.dataSource.transaction(async (manager) => {
      const context = await loadCampaignContext(manager, input.campaignId);
      if (!context) return fail(unknownCampaign());
      const errors = [
        ...checkCampaignOpen(context, ['input', 'campaignId']),
        ...checkPeriod(context, input.period, ['input', 'period']),
      ];
      if (errors.length) return fail(...errors);

      const units = await manager.find(UnitEntity);
      const unitByCode = new Map(units.map((unit) => [unit.code, unit]));
      const rowsByUnit = new Map<string, ReportFileRow[]>();
      // A unit with a bad row is not also told it misses that row's indicator: one error per mistake.
      const unitsWithBadRows = new Set<string>();
      for (const [index, row] of file.value.entries()) {
        // A turn of the event loop every few thousand rows: 100.000 rows take ~0,1 s to check.
        if (index % 5_000 === 4_999) await new Promise((resolve) => setImmediate(resolve));
        const unit = unitByCode.get(row.unitCode) ?? null;
        const unitErrors = checkUnit(context, unit, ['file', String(row.row), 'unitCode']).map((error) => ({
          ...error,
          message: msg(`Row ${row.row}: ${error.message.en}`, `Dòng ${row.row}: ${error.message.vi}`),
        }));
        if (!row.unitCode)
          unitErrors.splice(
            0,
            unitErrors.length,
            userError(
              'REQUIRED',
              ['file', String(row.row), 'unitCode'],
              msg(`Row ${row.row}: the unit code is empty.`, `Dòng ${row.row}: mã đơn vị đang để trống.`),
            ),
          );
        unitErrors.push(...countCellErrors(row));
        errors.push(...unitErrors);
        if (unitErrors.length && unit) unitsWithBadRows.add(unit.id);
        if (!unitErrors.length && unit) {
          // Pushed, not copied: a file of 100.000 rows for one unit would otherwise copy 5·10⁹ rows.
          const unitRows = rowsByUnit.get(unit.id);
          if (unitRows) unitRows.push(row);
          else rowsByUnit.set(unit.id, [row]);
        }
      }
      const firstRow = (unitId: string) => [
        'file',
        String((rowsByUnit.get(unitId) as ReportFileRow[])[0].row),
        'unitCode',
      ];
      const fed = await checkNotFedByRecords(
        manager,
        context.campaign.id,
        units.filter((unit) => rowsByUnit.has(unit.id)),
        firstRow,
      );
      errors.push(...fed.map(withRow));
      const submissions: { unitId: string; values: CheckedValue[] }[] = [];
      for (const [unitId, rows] of rowsByUnit) {
        const checked = checkValues(
          context,
          rows.map((row) => ({
            indicatorCode: row.indicatorCode,
            numerator: row.numerator as number,
            denominator: row.denominator as number,
          })),
          (i, column) => ['file', String(rows[i].row), column],
          ['file', String(rows[0].row), 'indicatorCode'],
        );
        const rowErrors = checked.errors.filter((error) => error.code !== 'MISSING_INDICATOR');
        const unitErrors = rowErrors.length || unitsWithBadRows.has(unitId) ? rowErrors : checked.errors;
        errors.push(...unitErrors.map((error) => withRow(error)));
        submissions.push({ unitId, values: checked.values });
      }
      if (errors.length) return fail(...firstProblems(sortByRow(errors)));

      const written = await writeSubmissions(
        manager,
        {
          campaignId: context.campaign.id,
          periodIndex: input.period,
          submittedAt: input.submittedAt ?? now,
          backfilled: Boolean(input.submittedAt),
          source: 'IMPORT',
          submissions,
        },
        viewer,
      );
      const count = (outcome: string) => written.filter((result) => result.outcome === outcome).length;
      const result: ReportsImportResult = {
        created: count('CREATED'),
        revised: count('REVISED'),
        unchanged: count('UNCHANGED'),
      };
      await recordAudit(manager, viewer, {
        action: 'importReports',
        entityType: 'Campaign',
        entityId: context.campaign.id,
        before: null,
        after: { period: input.period, ...result },
      });
      return succeed(result);
    });
  }
}

/**
 * A row with text in a count cell: that cell is not a number. Its other count cell is then checked on its own
 * (one error per bad cell), since the two cannot be compared.
 */
function countCellErrors(row: ReportFileRow): Problem[] {
  const texts = COUNT_COLUMNS.filter((column) => typeof row[column] === 'string');
  const errors = texts.map((column) => notANumber(row, column));
  if (texts.length === 1) {
    const column = texts[0] === 'numerator' ? 'denominator' : 'numerator';
    const faults = reportedCountErrors(row[column] as number, column, ['file', String(row.row)]);
    errors.push(...fromDomainErrors(faults, []).map(withRow));
  }
  return errors;
}

const COUNT_COLUMNS = ['numerator', 'denominator'] as const;

function withRow(error: Problem): Problem {
  const row = error.field?.[1];
  if (!row || error.message.en.startsWith('Row ')) return error;
  return { ...error, message: msg(`Row ${row}: ${error.message.en}`, `Dòng ${row}: ${error.message.vi}`) };
}

/**
 * At most MAX_FILE_ERRORS problems are answered, the last saying how many more there are: a file of 100.000 wrong
 * rows would otherwise answer 100.000 userErrors (megabytes of JSON, and seconds of the server's time to write them).
 */
export const MAX_FILE_ERRORS = 500;

function firstProblems(errors: Problem[]): Problem[] {
  if (errors.length <= MAX_FILE_ERRORS) return errors;
  const more = errors.length - (MAX_FILE_ERRORS - 1);
  return [
    ...errors.slice(0, MAX_FILE_ERRORS - 1),
    userError(
      'TOO_MANY_ERRORS',
      ['file'],
      msg(
        `And ${more} more problems in the file: correct these, then import again.`,
        `Tệp còn ${more} lỗi khác: hãy sửa các lỗi trên rồi nhập lại.`,
      ),
    ),
  ];
}

function sortByRow(errors: Problem[]): Problem[] {
  return [...errors].sort((a, b) => Number(a.field?.[1] ?? 0) - Number(b.field?.[1] ?? 0));
}
