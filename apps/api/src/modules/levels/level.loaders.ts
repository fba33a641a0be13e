import { loadById } from '../../foundation/database/request-loaders';
import { LevelEntity } from './level.entity';

export const levelById = loadById(LevelEntity);
