import { MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../foundation/graphql/scalars';
import { UserError } from '../../foundation/graphql/user-error';
import type { SubmissionOutcome } from './report-writer';
import { Report } from './report.type';

@InputType()
export class ReportValueInput {
  @Field() @MaxLength(64) indicatorCode: string;
  @Field(() => Float, {
    description:
      'Qualifying dossiers: a whole number from 0 to 1.000.000.000 (a Float type, so that a fraction or a larger ' +
      'number is answered as a userError: FRACTIONAL_COUNT, NEGATIVE_COUNT, COUNT_OUT_OF_RANGE).',
  })
  numerator: number;
  @Field(() => Float, { description: 'Dossiers in scope: a whole number from the numerator to 1.000.000.000.' })
  denominator: number;
}

@InputType()
export class SubmitReportInput {
  @Field(() => ID) campaignId: string;
  @Field(() => ID) unitId: string;
  @Field(() => Int) period: number;
  @Field(() => [ReportValueInput], { description: 'One value for every indicator of the campaign.' })
  values: ReportValueInput[];
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Admins only: back-fills history with this submission time.',
  })
  submittedAt?: Date | null;
}

/** What a submission did: the writer's outcomes, and REFUSED when userErrors say why nothing was written. */
export const ReportOutcome = {
  CREATED: 'CREATED',
  REVISED: 'REVISED',
  UNCHANGED: 'UNCHANGED',
  REFUSED: 'REFUSED',
} as const;
export type ReportOutcome = SubmissionOutcome | 'REFUSED';
registerEnumType(ReportOutcome, {
  name: 'ReportOutcome',
  description: 'CREATED, REVISED, UNCHANGED (the same values again write nothing) or REFUSED (see userErrors).',
});

@ObjectType()
export class ReportPayload {
  @Field(() => Report, { nullable: true }) report: Report | null;
  @Field(() => ReportOutcome) outcome: ReportOutcome;
  @Field(() => [UserError]) userErrors: UserError[];
}

/** A file sent inside a GraphQL request cannot be longer than the request (GRAPHQL_BODY_LIMIT_MB, 6 MB). */
const IMPORT_TEXT_MAX = 6 * 1024 * 1024;

@InputType()
export class ImportReportsInput {
  @Field(() => ID) campaignId: string;
  @Field(() => Int) period: number;
  @Field(() => String, {
    nullable: true,
    description: 'CSV with the header unitCode,indicatorCode,numerator,denominator.',
  })
  @MaxLength(IMPORT_TEXT_MAX) // the request body's own limit; the file's are checked when it is read
  csv?: string | null;
  @Field(() => String, { nullable: true, description: 'An .xlsx file, base64; its first sheet has the same columns.' })
  @MaxLength(IMPORT_TEXT_MAX)
  xlsxBase64?: string | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Back-fills history: the submission time of every report.',
  })
  submittedAt?: Date | null;
}

@ObjectType()
export class ImportReportsPayload {
  @Field(() => Int) created: number;
  @Field(() => Int) revised: number;
  @Field(() => Int) unchanged: number;
  @Field(() => [UserError], {
    description:
      'One per bad cell, field ["file", "<row>", "<column>"]; row 1 is the header. Nothing is written when any.',
  })
  userErrors: UserError[];
}
