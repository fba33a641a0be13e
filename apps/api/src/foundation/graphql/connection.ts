import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from './format-error';
import { msg } from '../i18n/message';

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

/**
 * Checked by `pageWindow`, which every connection field calls. Cursors are positions in the field's order.
 * `first: 0` answers no edges, `totalCount`, `endCursor: null` and `hasNextPage` true when rows lie after `after`
 * (or at all, without it): a count, not a page to continue from. A client pages on with `after: endCursor` while
 * `hasNextPage` is true and `endCursor` is not null; an empty page always has `endCursor: null`.
 */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      `From 0 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when absent. 0 answers no edges, only totalCount and ` +
      'whether rows lie after `after` (hasNextPage).',
  })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: 'The endCursor of the page before; absent or null: from the start.',
  })
  after?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** The Relay connection type of a node type, named `<Node>Connection` with `<Node>Edge`. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>) {
  @ObjectType(`${nodeType.name}Edge`)
  class EdgeType {
    @Field() cursor: string;
    @Field(() => nodeType) node: T;
  }

  // Only its subclass `<Node>Connection` is reachable from the schema, so only that name is emitted.
  @ObjectType(`${nodeType.name}ConnectionBase`)
  abstract class ConnectionTypeClass {
    @Field(() => [EdgeType]) edges: EdgeType[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
  }
  return ConnectionTypeClass;
}

/** A page request checked and decoded: offset into the ordered list, and how many to take. */
export interface PageWindow {
  offset: number;
  limit: number;
}

/** The page asked for; a page too large or a cursor not given by this API is a BAD_USER_INPUT error. */
export function pageWindow(args: ConnectionArgs): PageWindow {
  const limit = pageSize(args);
  return { offset: args.after ? decodeCursor(args.after) + 1 : 0, limit };
}

/** How many rows the page asks for; outside 0 to MAX_PAGE_SIZE it is a BAD_USER_INPUT error. */
export function pageSize(args: ConnectionArgs): number {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badUserInput(
      msg(
        `first must be a whole number from 0 to ${MAX_PAGE_SIZE}`,
        `first phải là số nguyên từ 0 đến ${MAX_PAGE_SIZE}`,
      ),
    );
  }
  return limit;
}

/**
 * The page of `rows` (the rows read at `window.offset`, at most `window.limit` of them: more are dropped, so a query
 * that ignored a limit of 0 still answers an empty page). `hasNextPage` says whether rows lie after the page, also
 * for an empty one; `startCursor` and `endCursor` are null on an empty page.
 */
export function connectionOf<T>(rows: T[], window: PageWindow, totalCount: number): Connection<T> {
  const nodes = rows.length > window.limit ? rows.slice(0, window.limit) : rows;
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(window.offset + i), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: window.offset + nodes.length < totalCount,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

function encodeCursor(position: number): string {
  return Buffer.from(`pos:${position}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^pos:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match)
    throw badUserInput(
      msg('after is not a cursor given by this API', 'after không phải là con trỏ (cursor) do API này cấp'),
    );
  return Number(match[1]);
}
