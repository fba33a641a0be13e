import type { Role } from '../../../generated/graphql';

/** Accounts per page (the API allows up to 500). */
export const USER_PAGE_SIZE = 50;

/** In the order an administrator thinks of them: the most powerful first. */
export const ROLES: readonly Role[] = ['ADMIN', 'BOARD', 'REPORTER', 'VIEWER'];
