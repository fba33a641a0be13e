import { validateTargetValue } from '@thidua/domain';

/** What a cell's text means: nothing (clear the target), a percentage, or something that cannot be saved. */
export type ParsedTarget =
  { kind: 'empty' } | { kind: 'value'; value: number } | { kind: 'invalid'; reason: 'NOT_A_NUMBER' | 'OUT_OF_RANGE' };

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Reads a target as people type or paste it: "62,5" (Vietnamese decimal comma), "62.5", "62,5%", " 70 ".
 * With both separators ("1.234,5") the dot groups thousands. Targets are percentages, 0 to 100.
 */
export function parseTargetText(raw: string): ParsedTarget {
  let text = raw.replace(/[\s\u00a0]/g, '').replace(/%$/, '');
  if (text === '') return { kind: 'empty' };
  text = text.includes(',') && text.includes('.') ? text.replace(/\./g, '').replace(',', '.') : text.replace(',', '.');
  if (!NUMBER.test(text)) return { kind: 'invalid', reason: 'NOT_A_NUMBER' };
  const value = Number(text);
  // @thidua/domain's rule for a target: a percentage from 0 to 100.
  if (!validateTargetValue(value).ok) return { kind: 'invalid', reason: 'OUT_OF_RANGE' };
  return { kind: 'value', value };
}

/** The value a cell's text would save: a number, null to clear, or undefined when it cannot be saved. */
export function targetValueOf(raw: string): number | null | undefined {
  const parsed = parseTargetText(raw);
  if (parsed.kind === 'empty') return null;
  return parsed.kind === 'value' ? parsed.value : undefined;
}
