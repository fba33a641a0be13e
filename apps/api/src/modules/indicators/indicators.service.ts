import { validateIndicatorCode } from '@thidua/domain';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../foundation/access/viewer';
import { checkText, fail, fromDomainErrors, succeed, userError, type Outcome } from '../../foundation/errors/problem';
import { isId, isUniqueViolation } from '../../foundation/database/errors';
import { recordAudit } from '../../foundation/audit/audit.service';
import { IndicatorEntity } from './indicator.entity';
import type { CreateIndicatorInput, UpdateIndicatorInput } from './indicator.type';
import { msg } from '../../foundation/i18n/message';

const duplicateCode = (code: string) =>
  userError(
    'DUPLICATE_CODE',
    ['input', 'code'],
    msg(`An indicator with code ${code} already exists.`, `Đã có chỉ số với mã ${code}.`),
  );

export class IndicatorsService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<IndicatorEntity[]> {
    return this.dataSource.getRepository(IndicatorEntity).find({ order: { code: 'ASC' } });
  }

  async create(input: CreateIndicatorInput, viewer: Viewer | null): Promise<Outcome<IndicatorEntity>> {
    const code = input.code.trim();
    const checked = validateIndicatorCode(code);
    const errors = [
      ...(checked.ok ? [] : fromDomainErrors(checked.errors, ['input'])),
      ...checkLabels(input),
      ...checkText(input.description ?? '', ['input', 'description'], 'description', 2000).filter(
        (e) => e.code !== 'REQUIRED',
      ),
    ];
    if (errors.length) return fail(...errors);
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (await manager.existsBy(IndicatorEntity, { code })) return fail(duplicateCode(code));
        const indicator = await manager.save(
          manager.create(IndicatorEntity, {
            code,
            name: input.name.trim(),
            numeratorLabel: input.numeratorLabel.trim(),
            denominatorLabel: input.denominatorLabel.trim(),
            description: (input.description ?? '').trim(),
          }),
        );
        await recordAudit(manager, viewer, {
          action: 'createIndicator',
          entityType: 'Indicator',
          entityId: indicator.id,
          before: null,
          after: { ...input },
        });
        return succeed(indicator);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'indicators_code_key')) return fail(duplicateCode(code));
      throw error;
    }
  }

  async update(input: UpdateIndicatorInput, viewer: Viewer | null): Promise<Outcome<IndicatorEntity>> {
    const errors = [
      ...checkLabels(input),
      ...checkText(input.description ?? '', ['input', 'description'], 'description', 2000).filter(
        (e) => e.code !== 'REQUIRED',
      ),
    ];
    if (errors.length) return fail(...errors);
    return this.dataSource.transaction(async (manager) => {
      const indicator = isId(input.id)
        ? await manager.findOne(IndicatorEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!indicator)
        return fail(
          userError('NOT_FOUND', ['input', 'id'], msg('There is no such indicator.', 'Không có chỉ số này.')),
        );
      if (input.version != null && input.version !== indicator.version) {
        return fail(
          userError(
            'STALE',
            ['input', 'version'],
            msg(
              'Someone else changed this indicator since you opened it; reload and try again.',
              'Người khác vừa thay đổi chỉ số này sau khi bạn mở; hãy tải lại rồi thử lại.',
            ),
          ),
        );
      }
      const before = {
        name: indicator.name,
        numeratorLabel: indicator.numeratorLabel,
        denominatorLabel: indicator.denominatorLabel,
        description: indicator.description,
      };
      if (input.name != null) indicator.name = input.name.trim();
      if (input.numeratorLabel != null) indicator.numeratorLabel = input.numeratorLabel.trim();
      if (input.denominatorLabel != null) indicator.denominatorLabel = input.denominatorLabel.trim();
      if (input.description != null) indicator.description = input.description.trim();
      const saved = await manager.save(indicator);
      await recordAudit(manager, viewer, {
        action: 'updateIndicator',
        entityType: 'Indicator',
        entityId: indicator.id,
        before,
        after: { ...input },
      });
      return succeed(saved);
    });
  }
}

function checkLabels(input: {
  name?: string | null;
  numeratorLabel?: string | null;
  denominatorLabel?: string | null;
}) {
  return [
    ...checkText(input.name, ['input', 'name'], 'name', 200),
    ...checkText(input.numeratorLabel, ['input', 'numeratorLabel'], 'numerator label', 200),
    ...checkText(input.denominatorLabel, ['input', 'denominatorLabel'], 'denominator label', 200),
  ];
}
