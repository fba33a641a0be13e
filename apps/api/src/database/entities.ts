import { AuditEntryEntity } from '../modules/audit/audit-entry.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { LevelEntity } from '../modules/levels/level.entity';
import { SettingEntity } from '../modules/settings/setting.entity';
import { UnitEntity } from '../modules/units/unit.entity';
import { UserEntity } from '../modules/users/user.entity';

export const entities = [AuditEntryEntity, LevelEntity, SessionEntity, SettingEntity, UnitEntity, UserEntity];
