import { msg, type Message } from '../i18n/message';

/**
 * How deep a request's JSON may nest. The deepest legitimate one is a rule condition (32 operators deep, two JSON
 * levels each, under `variables.input.condition`); anything deeper would only risk overflowing a recursive walk.
 */
export const MAX_INPUT_DEPTH = 100;

/** Why a request's values cannot be taken, whatever the field: each is answered 400 with this as its reason. */
export type MalformedInputReason = 'NUL_CHARACTER' | 'MALFORMED_TEXT' | 'TOO_DEEP';

export const MALFORMED_INPUT_MESSAGES: Record<MalformedInputReason, Message> = {
  NUL_CHARACTER: msg('Text may not contain the NUL character (U+0000).', 'Văn bản không được chứa ký tự NUL (U+0000).'),
  MALFORMED_TEXT: msg(
    'Text must be well-formed Unicode (a lone UTF-16 surrogate is not).',
    'Văn bản phải là Unicode hợp lệ (không được có nửa cặp UTF-16 đứng riêng).',
  ),
  TOO_DEEP: msg(
    `Values may nest at most ${MAX_INPUT_DEPTH} levels deep.`,
    `Giá trị chỉ được lồng nhau tối đa ${MAX_INPUT_DEPTH} cấp.`,
  ),
};

/**
 * The first reason `value` (parsed JSON: variables, a body) cannot be taken, or null. PostgreSQL text and jsonb hold
 * neither NUL nor lone surrogates, so both are refused up front, in keys as in values. The walk keeps its own stack:
 * a value nested 100.000 deep is answered, not a stack overflow.
 */
export function malformedInput(value: unknown, maxDepth = MAX_INPUT_DEPTH): MalformedInputReason | null {
  const pending: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  while (pending.length) {
    const { node, depth } = pending.pop() as { node: unknown; depth: number };
    if (typeof node === 'string') {
      const reason = malformedText(node);
      if (reason) return reason;
    } else if (node !== null && typeof node === 'object') {
      if (depth >= maxDepth) return 'TOO_DEEP';
      for (const [key, child] of Object.entries(node)) {
        const reason = Array.isArray(node) ? null : malformedText(key);
        if (reason) return reason;
        pending.push({ node: child, depth: depth + 1 });
      }
    }
  }
  return null;
}

export function malformedText(text: string): MalformedInputReason | null {
  if (text.includes('\u0000')) return 'NUL_CHARACTER';
  if (!isWellFormed(text)) return 'MALFORMED_TEXT';
  return null;
}

/** No lone UTF-16 surrogate. Node 20 has it natively (2 ms for 6 MB, a regular expression takes 45 ms); the
 * TypeScript lib of this project (es2022) does not declare it yet. */
const isWellFormed = (text: string): boolean => (text as unknown as { isWellFormed(): boolean }).isWellFormed();
