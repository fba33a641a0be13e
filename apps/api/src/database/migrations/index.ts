import { InitialSchema1764340000000 } from './1764340000000-initial-schema';

/** Every migration, oldest first. A new migration is added here as well as in its own file. */
export const migrations = [InitialSchema1764340000000];
