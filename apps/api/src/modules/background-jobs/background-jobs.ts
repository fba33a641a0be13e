import type { DataSource } from 'typeorm';
import { Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from '../../foundation/access/role';
import type { Context } from '../../foundation/graphql/context';
import { DateTimeScalar } from '../../foundation/graphql/scalars';
import { JOB_SCHEMA } from '../../foundation/jobs/job-queue';

@ObjectType({ description: 'A job that failed for good (after its retries).' })
export class FailedJob {
  @Field() id: string;
  @Field(() => DateTimeScalar) failedAt: Date;
  @Field({ description: 'The last error, as the job reported it.' }) error: string;
  @Field(() => Int) attempts: number;
}

@ObjectType({ description: 'One kind of background job and where its jobs stand (those of the last week).' })
export class BackgroundQueue {
  @Field({ description: 'e.g. webhooks.deliver, reminders.email, weekly-report.email.' }) name: string;
  @Field(() => Int, { description: 'Waiting to run (some at a later time).' }) waiting: number;
  @Field(() => Int, { description: 'Failed, waiting for a retry.' }) retrying: number;
  @Field(() => Int) active: number;
  @Field(() => Int) completed: number;
  @Field(() => Int) failed: number;
  @Field(() => [FailedJob], { description: 'The latest five that failed for good.' }) lastFailures: FailedJob[];
}

const STATES = { created: 'waiting', retry: 'retrying', active: 'active', completed: 'completed', failed: 'failed' };

/** Where every kind of job stands, read from pg-boss's tables; none before the job queue first started. */
export async function backgroundQueues(dataSource: DataSource): Promise<BackgroundQueue[]> {
  const [{ exists }] = await dataSource.query(`SELECT to_regclass($1) IS NOT NULL AS exists`, [`${JOB_SCHEMA}.job`]);
  if (!exists) return [];
  const counts: { name: string; state: keyof typeof STATES; count: number }[] = await dataSource.query(
    `SELECT q.name, j.state, count(j.id)::int AS count
     FROM ${JOB_SCHEMA}.queue q LEFT JOIN ${JOB_SCHEMA}.job j ON j.name = q.name
     WHERE q.name NOT LIKE '\\_\\_%'
     GROUP BY q.name, j.state ORDER BY q.name`,
  );
  const failures: {
    name: string;
    id: string;
    completed_on: Date;
    output: { message?: string; value?: { message?: string } } | null;
    retry_count: number;
  }[] = await dataSource.query(
    `SELECT name, id, completed_on, output, retry_count FROM (
         SELECT name, id, completed_on, output, retry_count,
           row_number() OVER (PARTITION BY name ORDER BY completed_on DESC) AS n
         FROM ${JOB_SCHEMA}.job WHERE state = 'failed') f
       WHERE n <= 5 ORDER BY completed_on DESC`,
  );
  const queues = new Map<string, BackgroundQueue>();
  for (const row of counts) {
    const queue = queues.get(row.name) ?? {
      name: row.name,
      waiting: 0,
      retrying: 0,
      active: 0,
      completed: 0,
      failed: 0,
      lastFailures: [],
    };
    const field = STATES[row.state];
    if (field) queue[field as 'waiting'] += row.count;
    queues.set(row.name, queue);
  }
  for (const failure of failures) {
    queues.get(failure.name)?.lastFailures.push({
      id: failure.id,
      failedAt: new Date(failure.completed_on),
      error: failure.output?.message ?? failure.output?.value?.message ?? '',
      attempts: failure.retry_count + 1,
    });
  }
  return [...queues.values()];
}

@Resolver()
export class BackgroundJobsResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [BackgroundQueue], {
    description:
      'The background jobs (webhook deliveries, reminder and weekly report emails, the clocks): counts by ' +
      'state and the latest failures.',
  })
  backgroundJobs(@Ctx() ctx: Context): Promise<BackgroundQueue[]> {
    return backgroundQueues(ctx.dataSource);
  }
}
