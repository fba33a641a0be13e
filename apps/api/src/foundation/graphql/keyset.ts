import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isId } from '../database/errors';
import { pageSize, type Connection, type ConnectionArgs } from './connection';
import { badUserInput } from './format-error';
import { msg } from '../i18n/message';

/** A row's place in an "by last change" order: its last change (millisecond precision), then its id. */
export interface KeysetPosition {
  updatedAt: Date;
  id: string;
}

/** A page request of a keyset-ordered list: the position after which the page starts, and how many to take. */
export interface KeysetWindow {
  after: KeysetPosition | null;
  limit: number;
}

const CURSOR = /^chg:(\d{1,15}):([0-9a-fA-F-]{36})$/;

/** The cursor of a position: opaque (base64url of the instant in milliseconds and the id). */
export function encodeKeysetCursor(position: KeysetPosition): string {
  return Buffer.from(`chg:${position.updatedAt.getTime()}:${position.id}`).toString('base64url');
}

/** The position a cursor of `encodeKeysetCursor` names; anything else is a BAD_USER_INPUT error. */
export function decodeKeysetCursor(cursor: string): KeysetPosition {
  // At most 15 digits: an instant within what Date and PostgreSQL both hold.
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match || !isId(match[2]))
    throw badUserInput(
      msg(
        'after is not a cursor given by this API for this order',
        'after không phải là con trỏ (cursor) do API này cấp cho thứ tự này',
      ),
    );
  return { updatedAt: new Date(Number(match[1])), id: match[2].toLowerCase() };
}

/** The page asked for; a page too large or a cursor not given by this API is a BAD_USER_INPUT error. */
export function keysetWindow(args: ConnectionArgs): KeysetWindow {
  return { after: args.after ? decodeKeysetCursor(args.after) : null, limit: pageSize(args) };
}

/**
 * Orders `query` by `<alias>.updated_at, <alias>.id`, starts it after the window's position and reads one row more
 * than the page, so that `keysetConnectionOf` knows whether rows lie after the page (also for `first: 0`).
 */
export function applyKeysetWindow<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  window: KeysetWindow,
): SelectQueryBuilder<T> {
  if (window.after) {
    query.andWhere(`(${alias}.updated_at, ${alias}.id) > (:keysetUpdatedAt, :keysetId)`, {
      keysetUpdatedAt: window.after.updatedAt,
      keysetId: window.after.id,
    });
  }
  return query
    .orderBy(`${alias}.updated_at`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .limit(window.limit + 1);
}

/**
 * The page of `rows` (read by `applyKeysetWindow`: at most one more than the page). The rule of `connectionOf`:
 * `hasNextPage` says whether rows lie after the page, also for an empty one (`first: 0`); `startCursor` and
 * `endCursor` are null on an empty page.
 */
export function keysetConnectionOf<T extends KeysetPosition>(
  rows: T[],
  window: KeysetWindow,
  totalCount: number,
): Connection<T> {
  const nodes = rows.slice(0, window.limit);
  const edges = nodes.map((node) => ({ cursor: encodeKeysetCursor(node), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > nodes.length,
      hasPreviousPage: window.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
