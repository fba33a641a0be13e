import type { DataSource } from 'typeorm';
import type { Logger } from '../config/logger';
import type { AuthService } from '../modules/auth/auth.service';
import type { Role } from '../modules/users/role';
import type { Loaders } from './loaders';

/** Who is asking: a signed-in user through a session. */
export interface Viewer {
  userId: string;
  role: Role;
  unitId: string | null;
  sessionId: string;
}

export interface Context {
  viewer: Viewer | null;
  dataSource: DataSource;
  loaders: Loaders;
  auth: AuthService;
  log: Logger;
}
