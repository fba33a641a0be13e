import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../foundation/graphql/context';
import type { Viewer } from '../../foundation/access/viewer';
import { CurrentViewer } from '../../foundation/graphql/current-viewer';
import { type Outcome } from '../../foundation/errors/problem';
import { Indicator } from '../indicators';
import { Level } from '../levels';
import { Unit } from '../units';
import { Role } from '../../foundation/access/role';
import { User } from '../users';
import type { TargetChangeEntity, TargetEntity, TargetSetEntity } from './target.entity';
import {
  CreateTargetSetInput,
  SetTargetsInput,
  SetTargetsPayload,
  Target,
  TargetChange,
  TargetSet,
  TargetSetPayload,
  UpdateTargetSetInput,
} from './target.type';
import { TargetsService } from './targets.service';
import { indicatorById } from '../indicators';
import { levelById } from '../levels';
import { targetSetById, targetsByTargetSetId } from './target.loaders';
import { unitById } from '../units';
import { userById } from '../users';

const setPayload = (outcome: Outcome<TargetSetEntity>): TargetSetPayload =>
  outcome.ok ? { targetSet: outcome.value, userErrors: [] } : { targetSet: null, userErrors: outcome.userErrors };

@Resolver(() => TargetSet)
export class TargetSetsResolver {
  @FieldResolver(() => [Target], { description: 'Level defaults and unit overrides.' })
  targets(@Root() set: TargetSetEntity, @Ctx() ctx: Context) {
    return ctx.loaders.of(targetsByTargetSetId).load(set.id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TargetSetPayload, { description: 'The first set of a campaign is primary.' })
  async createTargetSet(
    @Arg('input') input: CreateTargetSetInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<TargetSetPayload> {
    return setPayload(await new TargetsService(ctx.dataSource).createSet(input, viewer));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TargetSetPayload)
  async updateTargetSet(
    @Arg('input') input: UpdateTargetSetInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<TargetSetPayload> {
    return setPayload(await new TargetsService(ctx.dataSource).updateSet(input, viewer));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SetTargetsPayload, {
    description: 'Sets, replaces or clears (value null) targets of a set, all or none.',
  })
  async setTargets(
    @Arg('input') input: SetTargetsInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<SetTargetsPayload> {
    const outcome = await new TargetsService(ctx.dataSource).setTargets(input, viewer);
    return outcome.ok
      ? { ...outcome.value, userErrors: [] }
      : { targetSet: null, changed: 0, userErrors: outcome.userErrors };
  }
}

@Resolver(() => Target)
export class TargetsResolver {
  @FieldResolver(() => Indicator)
  indicator(@Root() target: TargetEntity, @Ctx() ctx: Context) {
    return ctx.loaders.of(indicatorById).load(target.indicatorId);
  }

  @FieldResolver(() => Level, { nullable: true, description: 'Set for a level default.' })
  level(@Root() target: TargetEntity, @Ctx() ctx: Context) {
    return target.levelId ? ctx.loaders.of(levelById).load(target.levelId) : null;
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'Set for a unit override.' })
  unit(@Root() target: TargetEntity, @Ctx() ctx: Context) {
    return target.unitId ? ctx.loaders.of(unitById).load(target.unitId) : null;
  }
}

@Resolver(() => TargetChange)
export class TargetChangesResolver {
  @FieldResolver(() => TargetSet)
  targetSet(@Root() change: TargetChangeEntity, @Ctx() ctx: Context) {
    return ctx.loaders.of(targetSetById).load(change.targetSetId);
  }

  @FieldResolver(() => Indicator)
  indicator(@Root() change: TargetChangeEntity, @Ctx() ctx: Context) {
    return ctx.loaders.of(indicatorById).load(change.indicatorId);
  }

  @FieldResolver(() => Level, { nullable: true })
  level(@Root() change: TargetChangeEntity, @Ctx() ctx: Context) {
    return change.levelId ? ctx.loaders.of(levelById).load(change.levelId) : null;
  }

  @FieldResolver(() => Unit, { nullable: true })
  unit(@Root() change: TargetChangeEntity, @Ctx() ctx: Context) {
    return change.unitId ? ctx.loaders.of(unitById).load(change.unitId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who made the change.' })
  changedBy(@Root() change: TargetChangeEntity, @Ctx() ctx: Context) {
    return change.changedBy ? ctx.loaders.of(userById).load(change.changedBy) : null;
  }
}
