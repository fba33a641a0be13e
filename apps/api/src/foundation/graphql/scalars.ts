import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { msg } from '../i18n/message';
import { withMessage } from './localized-errors';

export { DateTimeResolver as DateTimeScalar } from 'graphql-scalars';

/**
 * Dossier counts and their sums: a whole number up to 2⁵³ − 1 (GraphQL's Int stops at 2³¹ − 1, which the sums of a
 * ranking pass). One report value is at most MAX_REPORTED_COUNT (@thidua/domain); sums are served whole.
 */
export { SafeIntResolver as SafeIntScalar } from 'graphql-scalars';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function checkCalendarDate(value: unknown): string {
  const match = typeof value === 'string' ? DATE_PATTERN.exec(value) : null;
  if (match) {
    const [, y, m, d] = match.map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return value as string;
  }
  const message = msg(
    `Date must be a real calendar date written YYYY-MM-DD (got ${JSON.stringify(value)}).`,
    `Date phải là một ngày có thật, viết theo dạng YYYY-MM-DD (nhận được ${JSON.stringify(value)}).`,
  );
  throw withMessage(new GraphQLError(message.en, { extensions: { code: 'BAD_USER_INPUT' } }), message);
}

/** A calendar date, `2023-03-01`, kept as that string end to end so that no time zone can shift it. */
export const CalendarDateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD (e.g. 2023-03-01).',
  serialize: checkCalendarDate,
  parseValue: checkCalendarDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      const message = msg('Date must be a string written YYYY-MM-DD.', 'Date phải là chuỗi viết theo dạng YYYY-MM-DD.');
      throw withMessage(new GraphQLError(message.en, { extensions: { code: 'BAD_USER_INPUT' } }), message);
    }
    return checkCalendarDate(ast.value);
  },
});
