import type { DataSource, EntityManager } from 'typeorm';
import { LevelEntity } from '../../modules/levels/level.entity';
import { unitSearchText } from '../../modules/units/search-text';
import { UnitEntity } from '../../modules/units/unit.entity';
import { Role } from '../../foundation/access/role';
import { UserEntity } from '../../modules/users/user.entity';
import { insertUser } from '../../modules/users/users.service';
import { CA_MAU_UNITS } from './ca-mau-units';
import { loadDemoActivity, type DemoActivityOptions } from './demo-activity';
import { insertDemoFollowUp } from './demo-follow-up';
import { insertDemoCampaign } from './demo-campaign';

export const DEMO_LEVELS = [
  { key: 'committee', name: 'UBND tỉnh', depth: 1 },
  { key: 'province', name: 'Cấp tỉnh', depth: 1 },
  { key: 'district', name: 'Cấp huyện', depth: 2 },
  { key: 'commune', name: 'Cấp xã', depth: 3 },
] as const;

export const DEMO_PASSWORD = 'thidua-demo';

/** One demo user per role; the reporter reports for Huyện Đầm Dơi (and its communes). */
export const DEMO_USERS = [
  { email: 'admin@camau.demo', name: 'Quản trị Văn phòng UBND tỉnh', role: Role.ADMIN, unitCode: null },
  { email: 'hoidong@camau.demo', name: 'Thành viên Hội đồng Thi đua', role: Role.BOARD, unitCode: null },
  { email: 'baocao@camau.demo', name: 'Cán bộ báo cáo Huyện Đầm Dơi', role: Role.REPORTER, unitCode: '970' },
  { email: 'xem@camau.demo', name: 'Người xem', role: Role.VIEWER, unitCode: null },
] as const;

/** True when nothing has been set up yet: the demo is only ever loaded into an empty database. */
export async function isDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  const [levels, units, users] = await Promise.all([
    dataSource.getRepository(LevelEntity).count(),
    dataSource.getRepository(UnitEntity).count(),
    dataSource.getRepository(UserEntity).count(),
  ]);
  return levels + units + users === 0;
}

/**
 * What the demo holds: `setup` is the unit tree, the demo users and the 2023 campaign with its targets and rules;
 * `full` adds what the campaign has lived through (eleven weeks of reports, two reviews).
 */
export type DemoContent = 'setup' | 'full';

/** Loads the Cà Mau demo: the set-up in one transaction, then (when `full`) its reports and reviews. */
export async function loadDemo(
  dataSource: DataSource,
  content: DemoContent = 'setup',
  activity: DemoActivityOptions = {},
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const levelIds = await insertLevels(manager);
    const unitIds = await insertUnits(manager, levelIds);
    for (const user of DEMO_USERS) {
      await insertUser(manager, {
        ...user,
        password: DEMO_PASSWORD,
        unitId: user.unitCode ? unitIds.get(user.unitCode) : null,
      });
    }
    const campaign = await insertDemoCampaign(manager, levelIds);
    await insertDemoFollowUp(manager, campaign);
  });
  if (content === 'full') await loadDemoActivity(dataSource, activity);
}

async function insertLevels(manager: EntityManager): Promise<Map<string, string>> {
  const levels = await manager.save(DEMO_LEVELS.map((level) => manager.create(LevelEntity, { ...level })));
  return new Map(levels.map((level) => [level.key, level.id]));
}

async function insertUnits(manager: EntityManager, levelIds: Map<string, string>): Promise<Map<string, string>> {
  const unitIds = new Map<string, string>();
  // CA_MAU_UNITS lists every parent before its children.
  for (const unit of CA_MAU_UNITS) {
    const saved = await manager.save(
      manager.create(UnitEntity, {
        code: unit.code,
        name: unit.name,
        searchText: unitSearchText(unit.code, unit.name),
        levelId: levelIds.get(unit.levelKey),
        parentId: unit.parentCode ? unitIds.get(unit.parentCode) : null,
      }),
    );
    unitIds.set(unit.code, saved.id);
  }
  return unitIds;
}
