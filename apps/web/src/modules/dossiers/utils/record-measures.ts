import type { RecordMeasure } from '../../../generated/graphql';

/**
 * The API's fixed vocabulary, in the order a person reads it: a dossier is received, resolved (online), digitised,
 * paid.
 */
export const RECORD_MEASURES: ReadonlyArray<RecordMeasure> = [
  'RECEIVED',
  'RESOLVED',
  'RESOLVED_ONLINE',
  'DIGITISED',
  'FEE_REQUIRED',
  'PAID_ONLINE',
];

export function isRecordMeasure(value: string): value is RecordMeasure {
  return (RECORD_MEASURES as ReadonlyArray<string>).includes(value);
}
