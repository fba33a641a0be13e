import { loadById } from '../../foundation/database/request-loaders';
import { UserEntity } from './user.entity';

export const userById = loadById(UserEntity);
