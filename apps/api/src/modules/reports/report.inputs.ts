import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars';
import { UserError } from '../../graphql/user-error';
import type { SubmissionOutcome } from './report-writer';
import { Report } from './report.type';

@InputType()
export class ReportValueInput {
  @Field() indicatorCode: string;
  @Field(() => Float, {
    description: 'A whole number ≥ 0 (a Float type, so that a fraction is answered as a userError).',
  })
  numerator: number;
  @Field(() => Float, { description: 'A whole number ≥ the numerator.' }) denominator: number;
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

@InputType()
export class ImportReportsInput {
  @Field(() => ID) campaignId: string;
  @Field(() => Int) period: number;
  @Field(() => String, {
    nullable: true,
    description: 'CSV with the header unitCode,indicatorCode,numerator,denominator.',
  })
  csv?: string | null;
  @Field(() => String, { nullable: true, description: 'An .xlsx file, base64; its first sheet has the same columns.' })
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
