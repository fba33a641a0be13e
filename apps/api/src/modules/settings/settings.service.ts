import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { SettingEntity } from './setting.entity';

const SESSION_SECRET_KEY = 'session_secret';

/** The secret that signs session tokens: the configured one, else one generated once and kept in the database. */
export async function resolveSessionSecret(dataSource: DataSource, configured: string | null): Promise<string> {
  if (configured) return configured;
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(SettingEntity)
    .values({ key: SESSION_SECRET_KEY, value: randomBytes(48).toString('base64url') })
    .orIgnore()
    .execute();
  const row = await dataSource.getRepository(SettingEntity).findOneByOrFail({ key: SESSION_SECRET_KEY });
  return row.value;
}
