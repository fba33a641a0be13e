import type { DataSource } from 'typeorm';
import type { Viewer } from '../../foundation/access/viewer';
import { fail, succeed, userError, type Outcome } from '../../foundation/errors/problem';
import { recordAudit } from '../../foundation/audit/audit.service';
import { LevelEntity } from './level.entity';
import type { CreateLevelInput } from './create-level.input';
import { checkNewLevel } from './level-rules';
import { msg } from '../../foundation/i18n/message';

export class LevelsService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<LevelEntity[]> {
    return this.dataSource.getRepository(LevelEntity).find({ order: { depth: 'ASC', key: 'ASC' } });
  }

  findByKey(key: string): Promise<LevelEntity | null> {
    return this.dataSource.getRepository(LevelEntity).findOneBy({ key });
  }

  async create(input: CreateLevelInput, viewer: Viewer | null): Promise<Outcome<LevelEntity>> {
    const invalid = checkNewLevel(input);
    if (invalid.length) return fail(...invalid);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(LevelEntity, { key: input.key })) {
        return fail(
          userError(
            'DUPLICATE_KEY',
            ['input', 'key'],
            msg(`A level with key "${input.key}" already exists.`, `Đã có cấp với mã "${input.key}".`),
          ),
        );
      }
      const level = await manager.save(
        manager.create(LevelEntity, { key: input.key, name: input.name.trim(), depth: input.depth }),
      );
      await recordAudit(manager, viewer, {
        action: 'createLevel',
        entityType: 'Level',
        entityId: level.id,
        before: null,
        after: input,
      });
      return succeed(level);
    });
  }
}
