import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../foundation/graphql/connection';
import { DateTimeScalar } from '../../foundation/graphql/scalars';

export enum TimelinessEnum {
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
}
registerEnumType(TimelinessEnum, {
  name: 'Timeliness',
  description: 'First submitted at or before the due instant (ON_TIME), or after it.',
});

export enum ReportStatusEnum {
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  MISSING = 'MISSING',
  NOT_DUE = 'NOT_DUE',
}
registerEnumType(ReportStatusEnum, {
  name: 'ReportStatus',
  description: "A unit's report for a period: submitted on time or late, missing once due, or not due yet.",
});

export enum ReportOrderEnum {
  DEFAULT = 'DEFAULT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(ReportOrderEnum, {
  name: 'ReportOrder',
  description: 'The order of reports(…).',
  valuesConfig: {
    DEFAULT: { description: 'By period, then unit code; offset cursors (a row added before one shifts the rest).' },
    UPDATED_AT: {
      description:
        'By last change (updatedAt) ascending, then id; keyset cursors: paging never skips or repeats a report ' +
        'that does not change meanwhile, and a report that changes moves to the end.',
    },
  },
});

@ObjectType()
export class ReportValue {
  @Field(() => Int, { description: 'Qualifying dossiers; at most 1.000.000.000 (see submitReport).' })
  numerator: number;
  @Field(() => Int, { description: 'Dossiers in scope; at most 1.000.000.000.' }) denominator: number;
  @Field(() => Float, {
    nullable: true,
    description: 'numerator ÷ denominator in percent; null when the denominator is 0.',
  })
  rate: number | null;
  // indicator is resolved in ReportsResolver.
}

@ObjectType({ description: 'The values of a revision, by indicator code.' })
export class RevisionValue {
  @Field() indicatorCode: string;
  @Field(() => Int) numerator: number;
  @Field(() => Int) denominator: number;
}

@ObjectType({ description: 'One submission of a report: the first (revision 1) or a later correction.' })
export class ReportRevision {
  @Field(() => Int) revision: number;
  @Field(() => DateTimeScalar, { description: 'When it counts as submitted (given by an admin when back-filled).' })
  submittedAt: Date;
  @Field(() => DateTimeScalar, { description: 'When ThiĐua recorded it.' }) recordedAt: Date;
  @Field({ description: 'An admin recorded it after the fact with its own submittedAt.' }) backfilled: boolean;
  @Field({ description: 'FORM (typed in), IMPORT (a file) or RECORDS (computed from dossier records).' })
  source: string;
  @Field(() => [RevisionValue], { nullable: true, description: 'The values before; null for revision 1.' })
  previousValues: RevisionValue[] | null;
  @Field(() => [RevisionValue]) newValues: RevisionValue[];
  // submittedBy is resolved in ReportsResolver.
}

@ObjectType({ description: "A unit's weekly report (báo cáo) for one period of a campaign." })
export class Report {
  @Field(() => ID) id: string;
  @Field(() => DateTimeScalar) lastSubmittedAt: Date;
  @Field(() => Int, { description: 'How many times it was submitted (1 = never revised).' }) revision: number;
  @Field(() => DateTimeScalar, {
    description:
      'When ThiĐua last changed the report (a submission, a revision, an import or a recompute from dossier ' +
      'records), to the millisecond; see reports(updatedSince, orderBy).',
  })
  updatedAt: Date;
  // unit, period, submittedAt, timeliness, values and revisions are resolved in ReportsResolver.
}

@ObjectType()
export class ReportConnection extends ConnectionType(Report) {}
