import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../foundation/access/viewer';
import { fail, succeed, userError, type Outcome, type Problem } from '../../foundation/errors/problem';
import { recordEvents } from '../../foundation/events/outbox';
import { unitChanged } from './unit-events';
import { AuditEntryEntity } from '../../foundation/audit/audit-entry.entity';
import { readSpreadsheet, type SpreadsheetSource } from '../../foundation/spreadsheets/spreadsheet-file';
import { toUserError } from '../../foundation/spreadsheets/spreadsheet-user-error';
import { LevelEntity } from '../levels';
import { unitSearchText } from './search-text';
import { archivedParent, checkUnitFields } from './unit-rules';
import { UnitEntity } from './unit.entity';
import { msg } from '../../foundation/i18n/message';

export const MAX_IMPORT_ROWS = 20_000;
const REQUIRED_COLUMNS = ['code', 'name', 'levelKey'] as const;
const COLUMNS = [...REQUIRED_COLUMNS, 'parentCode'] as const;

interface ImportRow {
  row: number;
  code: string;
  name: string;
  levelKey: string;
  parentCode: string;
}

export interface UnitsImportResult {
  created: number;
  updated: number;
  units: UnitEntity[];
}

/**
 * CSV or XLSX `code,name,levelKey,parentCode`: rows matched by code, new codes created, known ones updated.
 * The whole file is checked before anything is written; one bad row refuses the whole file.
 */
export class UnitsImportService {
  constructor(private readonly dataSource: DataSource) {}

  import(csv: string, viewer: Viewer | null): Promise<Outcome<UnitsImportResult>> {
    return this.importFile({ csv }, viewer);
  }

  /** Errors name the file's rows under "csv", the field the GraphQL mutation takes the file in. */
  async importFile(file: SpreadsheetSource, viewer: Viewer | null): Promise<Outcome<UnitsImportResult>> {
    const parsed = await parseRows(file);
    if (!parsed.ok) return parsed;
    const rows = parsed.value;
    return this.dataSource.transaction(async (manager) => {
      await manager.query('LOCK TABLE units IN SHARE ROW EXCLUSIVE MODE');
      const levels = await manager.find(LevelEntity);
      const existing = await manager.find(UnitEntity);
      const problems = checkRows(rows, levels, existing);
      if (problems.length) return fail(...problems);
      return succeed(await applyRows(manager, rows, levels, existing, viewer));
    });
  }
}

async function parseRows(file: SpreadsheetSource): Promise<Outcome<ImportRow[]>> {
  const read = await readSpreadsheet(file, { columns: COLUMNS, maxRows: MAX_IMPORT_ROWS });
  if (!read.ok) {
    const { problem } = read;
    // A CSV that does not parse kept its code of before; TOO_MANY_ROWS names the limit in units.
    if (problem.code === 'TOO_MANY_ROWS')
      return fail(
        userError(
          'TOO_MANY_ROWS',
          ['csv'],
          msg(`A file may hold at most ${MAX_IMPORT_ROWS} units.`, `Mỗi tệp chứa tối đa ${MAX_IMPORT_ROWS} đơn vị.`),
        ),
      );
    return fail(toUserError(problem, 'csv', file.csv !== undefined ? { MALFORMED_FILE: 'MALFORMED_CSV' } : {}));
  }
  const { header, rows: records } = read.value;
  if (!header.length)
    return fail(
      userError(
        'EMPTY_FILE',
        ['csv'],
        msg(
          'The file is empty; it needs the header code,name,levelKey,parentCode.',
          'Tệp đang trống; tệp cần dòng tiêu đề code,name,levelKey,parentCode.',
        ),
      ),
    );
  const missing = REQUIRED_COLUMNS.filter((name) => !header.includes(name));
  if (missing.length) {
    return fail(
      userError(
        'MISSING_COLUMN',
        ['csv', '1'],
        msg(
          `The header lacks ${missing.join(', ')}; expected code,name,levelKey,parentCode.`,
          `Dòng tiêu đề thiếu ${missing.join(', ')}; cần có code,name,levelKey,parentCode.`,
        ),
      ),
    );
  }
  const text = (value: string | number | null | undefined) =>
    value === null || value === undefined ? '' : String(value);
  const rows = records.map(({ row, cells }) => ({
    row,
    code: text(cells.code),
    name: text(cells.name),
    levelKey: text(cells.levelKey),
    parentCode: text(cells.parentCode),
  }));
  if (!rows.length)
    return fail(
      userError(
        'EMPTY_FILE',
        ['csv'],
        msg('The file has a header but no units.', 'Tệp có dòng tiêu đề nhưng không có đơn vị nào.'),
      ),
    );
  return succeed(rows);
}

function checkRows(rows: ImportRow[], levels: LevelEntity[], existing: UnitEntity[]): Problem[] {
  const levelKeys = new Set(levels.map((level) => level.key));
  const existingByCode = new Map(existing.map((unit) => [unit.code, unit]));
  const existingById = new Map(existing.map((unit) => [unit.id, unit]));
  const fileCodes = new Map<string, number>();
  const errors: Problem[] = [];
  for (const row of rows) {
    const at = (column: string) => ['csv', String(row.row), column];
    errors.push(...checkUnitFields({ code: row.code, name: row.name }, ['csv', String(row.row)]));
    if (!levelKeys.has(row.levelKey))
      errors.push(
        userError(
          'UNKNOWN_LEVEL',
          at('levelKey'),
          msg(`There is no level "${row.levelKey}".`, `Không có cấp "${row.levelKey}".`),
        ),
      );
    const firstRow = fileCodes.get(row.code);
    if (firstRow !== undefined)
      errors.push(
        userError(
          'DUPLICATE_CODE',
          at('code'),
          msg(`Code "${row.code}" is already on row ${firstRow}.`, `Mã "${row.code}" đã có ở dòng ${firstRow}.`),
        ),
      );
    else fileCodes.set(row.code, row.row);
    if (existingByCode.get(row.code)?.archivedAt) {
      errors.push(
        userError(
          'ARCHIVED_UNIT',
          at('code'),
          msg(
            `Unit "${row.code}" is archived and cannot be changed.`,
            `Đơn vị "${row.code}" đã được lưu trữ nên không thể thay đổi.`,
          ),
        ),
      );
    }
  }
  for (const row of rows) {
    if (!row.parentCode) continue;
    const at = ['csv', String(row.row), 'parentCode'];
    const parent = existingByCode.get(row.parentCode);
    if (!fileCodes.has(row.parentCode) && !parent) {
      errors.push(
        userError(
          'UNKNOWN_PARENT',
          at,
          msg(
            `There is no unit "${row.parentCode}" in the file or in ThiĐua.`,
            `Không có đơn vị "${row.parentCode}" trong tệp hoặc trong ThiĐua.`,
          ),
        ),
      );
    } else if (!fileCodes.has(row.parentCode) && parent?.archivedAt) {
      errors.push(archivedParent(at, row.parentCode));
    }
  }
  // The parent of every code after the import: the file's word where it has one, else the database's.
  const parentOf = new Map<string, string>();
  for (const unit of existing) {
    const parent = unit.parentId ? existingById.get(unit.parentId) : undefined;
    if (parent) parentOf.set(unit.code, parent.code);
  }
  for (const row of rows) {
    if (row.parentCode) parentOf.set(row.code, row.parentCode);
    else parentOf.delete(row.code);
  }
  for (const row of rows) {
    const seen = new Set<string>([row.code]);
    for (let code = parentOf.get(row.code); code !== undefined; code = parentOf.get(code)) {
      if (seen.has(code)) {
        errors.push(
          userError(
            'CYCLE',
            ['csv', String(row.row), 'parentCode'],
            msg(
              `Placing "${row.code}" under "${row.parentCode}" makes a cycle.`,
              `Đặt "${row.code}" dưới "${row.parentCode}" sẽ tạo thành vòng lặp.`,
            ),
          ),
        );
        break;
      }
      seen.add(code);
    }
  }
  return errors;
}

async function applyRows(
  manager: EntityManager,
  rows: ImportRow[],
  levels: LevelEntity[],
  existing: UnitEntity[],
  viewer: Viewer | null,
): Promise<UnitsImportResult> {
  const levelIdByKey = new Map(levels.map((level) => [level.key, level.id]));
  const byCode = new Map(existing.map((unit) => [unit.code, unit]));
  for (const row of rows) {
    if (!byCode.has(row.code))
      byCode.set(row.code, Object.assign(new UnitEntity(), { id: randomUUID(), code: row.code }));
  }
  const created: UnitEntity[] = [];
  const updated: UnitEntity[] = [];
  const audit: Partial<AuditEntryEntity>[] = [];
  for (const row of parentsFirst(rows)) {
    const unit = byCode.get(row.code) as UnitEntity;
    const isNew = !unit.levelId;
    const next = {
      name: row.name.trim(),
      levelId: levelIdByKey.get(row.levelKey) as string,
      parentId: row.parentCode ? (byCode.get(row.parentCode) as UnitEntity).id : null,
    };
    if (!isNew && unit.name === next.name && unit.levelId === next.levelId && unit.parentId === next.parentId) continue;
    const before = isNew ? null : { name: unit.name, levelId: unit.levelId, parentId: unit.parentId };
    Object.assign(unit, next, { searchText: unitSearchText(unit.code, next.name) });
    (isNew ? created : updated).push(unit);
    audit.push({
      actorUserId: viewer?.userId ?? null,
      sessionId: viewer?.sessionId ?? null,
      apiTokenId: viewer?.tokenId ?? null,
      action: 'importUnits',
      entityType: 'Unit',
      entityId: unit.id,
      before,
      after: { code: unit.code, ...next },
    });
  }
  for (const chunk of chunks(created, 500)) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(UnitEntity)
      .values(
        chunk.map(({ id, code, name, searchText, levelId, parentId }) => ({
          id,
          code,
          name,
          searchText,
          levelId,
          parentId,
        })),
      )
      .execute();
  }
  for (const unit of updated) {
    await manager.update(
      UnitEntity,
      { id: unit.id },
      {
        name: unit.name,
        searchText: unit.searchText,
        levelId: unit.levelId,
        parentId: unit.parentId,
        version: () => 'version + 1',
      },
    );
  }
  for (const chunk of chunks(audit, 500)) await manager.save(manager.create(AuditEntryEntity, chunk));
  await recordEvents(
    manager,
    audit.map((entry) =>
      unitChanged(entry.entityId as string, entry.before ? 'UPDATED' : 'CREATED', entry.after ?? {}),
    ),
  );
  const touched = [...created, ...updated].map((unit) => unit.id);
  const units = touched.length
    ? await manager
        .getRepository(UnitEntity)
        .createQueryBuilder('unit')
        .where('unit.id = ANY(:ids)', { ids: touched })
        .orderBy('unit.code')
        .getMany()
    : [];
  return { created: created.length, updated: updated.length, units };
}

/** Rows ordered so that a parent in the file is written before its children. */
function parentsFirst(rows: ImportRow[]): ImportRow[] {
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const depth = (row: ImportRow): number => {
    let d = 0;
    for (let parent = byCode.get(row.parentCode); parent && d <= rows.length; parent = byCode.get(parent.parentCode))
      d++;
    return d;
  };
  return [...rows]
    .map((row) => ({ row, depth: depth(row) }))
    .sort((a, b) => a.depth - b.depth)
    .map(({ row }) => row);
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
