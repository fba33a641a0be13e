import type { EntityManager } from 'typeorm';
import { userError, type Problem } from '../../foundation/errors/problem';
import { unitsFedByRecords } from '../campaigns';
import { msg } from '../../foundation/i18n/message';

/**
 * A unit a campaign feeds from records does not report by hand in it: its reports are rewritten by every recompute.
 * One error per unit given, at the field `fieldOf` names.
 */
export async function checkNotFedByRecords(
  manager: EntityManager,
  campaignId: string,
  units: { id: string; name: string }[],
  fieldOf: (unitId: string) => string[],
): Promise<Problem[]> {
  const fedIds = await unitsFedByRecords(
    manager,
    campaignId,
    units.map((unit) => unit.id),
  );
  return units
    .filter((unit) => fedIds.has(unit.id))
    .map((unit) =>
      userError(
        'FED_BY_RECORDS',
        fieldOf(unit.id),
        msg(
          `${unit.name}'s figures in this campaign come from dossier records; it does not report by hand.`,
          `Số liệu của ${unit.name} trong chiến dịch này lấy từ hồ sơ điện tử; đơn vị không nộp báo cáo tay.`,
        ),
      ),
    );
}
