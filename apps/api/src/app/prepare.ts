import type { DataSource } from 'typeorm';
import type { AppConfig } from '../foundation/config/config';
import type { Logger } from '../foundation/config/logger';
import { Role } from '../foundation/access/role';
import { UserEntity } from '../modules/users/user.entity';
import { insertUser } from '../modules/users/users.service';
import { isDatabaseEmpty, loadDemo } from './demo/demo-seed';

/** Start-up data: the demo into an empty database when SEED=demo, then the configured admin when no user exists. */
export async function prepareData(
  dataSource: DataSource,
  config: Pick<AppConfig, 'seed' | 'admin'>,
  log: Logger,
): Promise<{ demoLoaded: boolean }> {
  let demoLoaded = false;
  if (config.seed !== 'none' && (await isDatabaseEmpty(dataSource))) {
    const started = Date.now();
    await loadDemo(dataSource, config.seed === 'demo' ? 'full' : 'setup');
    demoLoaded = true;
    log.info({ ms: Date.now() - started }, 'demo data loaded');
  }
  if (config.admin && (await dataSource.getRepository(UserEntity).count()) === 0) {
    const admin = config.admin;
    await dataSource.transaction((manager) =>
      insertUser(manager, { email: admin.email, name: 'Administrator', password: admin.password, role: Role.ADMIN }),
    );
    log.info({ email: admin.email }, 'administrator created from ADMIN_EMAIL');
  }
  return { demoLoaded };
}
