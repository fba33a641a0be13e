import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ConnectionArgs, pageWindow } from '../../foundation/graphql/connection';
import { keysetWindow } from '../../foundation/graphql/keyset';
import { DateTimeScalar } from '../../foundation/graphql/scalars';
import { READ_RANKINGS, READ_REPORTS, READ_UNITS } from '../../foundation/access/scopes';
import type { Context } from '../../foundation/graphql/context';
import { CurrentViewer } from '../../foundation/graphql/current-viewer';
import type { Viewer } from '../../foundation/access/viewer';
import { Level } from '../levels';
import { Role } from '../../foundation/access/role';
import { UnitConnection, Unit, UnitOrderEnum } from './unit.type';
import { UnitEntity } from './unit.entity';
import {
  ArchiveUnitInput,
  CreateUnitInput,
  ImportUnitsInput,
  ImportUnitsPayload,
  UnitPayload,
  UpdateUnitInput,
} from './unit.inputs';
import { UnitsImportService } from './units-import.service';
import { UnitsService } from './units.service';
import { childCountsByUnitId, unitById } from './unit.loaders';
import { levelById } from '../levels';

@ArgsType()
class UnitsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true }) levelKey?: string | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only units without a parent.' }) rootsOnly?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Matches code or name, ignoring case and diacritics.' }) search?:
    string | null;
  @Field(() => Boolean, { nullable: true }) includeArchived?: boolean | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'Only units whose last change (updatedAt) is at or after this instant; with includeArchived to see archivings.',
  })
  updatedSince?: Date | null;
  @Field(() => UnitOrderEnum, { nullable: true, description: 'DEFAULT when absent.' })
  orderBy?: UnitOrderEnum | null;
}

@ArgsType()
class ChildrenArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true }) includeArchived?: boolean | null;
}

const unitPayload = (
  outcome: { ok: true; value: UnitEntity } | { ok: false; userErrors: UnitPayload['userErrors'] },
): UnitPayload =>
  outcome.ok ? { unit: outcome.value, userErrors: [] } : { unit: null, userErrors: outcome.userErrors };

@Resolver(() => Unit)
export class UnitsResolver {
  @Authorized(READ_UNITS, READ_REPORTS, READ_RANKINGS)
  @Query(() => UnitConnection, {
    description:
      'Units ordered by level then code, or by last change (orderBy: UPDATED_AT); archived ones only when asked.',
  })
  units(@Args() args: UnitsArgs, @Ctx() ctx: Context) {
    const service = new UnitsService(ctx.dataSource);
    return args.orderBy === UnitOrderEnum.UPDATED_AT
      ? service.listByLastChange(args, keysetWindow(args))
      : service.list(args, pageWindow(args));
  }

  @Authorized(READ_UNITS, READ_REPORTS, READ_RANKINGS)
  @Query(() => Unit, { nullable: true })
  unit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new UnitsService(ctx.dataSource).findById(id);
  }

  @FieldResolver(() => Level)
  async level(@Root() unit: UnitEntity, @Ctx() ctx: Context) {
    return ctx.loaders.of(levelById).load(unit.levelId);
  }

  @FieldResolver(() => Unit, { nullable: true })
  async parent(@Root() unit: UnitEntity, @Ctx() ctx: Context) {
    return unit.parentId ? ctx.loaders.of(unitById).load(unit.parentId) : null;
  }

  @FieldResolver(() => Boolean)
  archived(@Root() unit: UnitEntity): boolean {
    return unit.archivedAt !== null;
  }

  @FieldResolver(() => Int, {
    description: 'How many units are directly under this one: active ones, or all with includeArchived.',
  })
  async childCount(
    @Root() unit: UnitEntity,
    @Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived: boolean,
    @Ctx() ctx: Context,
  ): Promise<number> {
    const counts = await ctx.loaders.of(childCountsByUnitId).load(unit.id);
    return includeArchived ? counts.all : counts.active;
  }

  @FieldResolver(() => Int, {
    description: 'Increases with every change; send it back in updateUnit to refuse a stale edit.',
  })
  version(@Root() unit: UnitEntity): number {
    return unit.version;
  }

  @FieldResolver(() => UnitConnection)
  children(@Root() unit: UnitEntity, @Args() args: ChildrenArgs, @Ctx() ctx: Context) {
    return new UnitsService(ctx.dataSource).list(
      { parentId: unit.id, includeArchived: args.includeArchived },
      pageWindow(args),
    );
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UnitPayload)
  async createUnit(
    @Arg('input') input: CreateUnitInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<UnitPayload> {
    return unitPayload(await new UnitsService(ctx.dataSource).create(input, viewer));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UnitPayload)
  async updateUnit(
    @Arg('input') input: UpdateUnitInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<UnitPayload> {
    return unitPayload(await new UnitsService(ctx.dataSource).update(input, viewer));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UnitPayload, { description: 'Archives a unit with no active units under it; its history stays.' })
  async archiveUnit(
    @Arg('input') input: ArchiveUnitInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<UnitPayload> {
    return unitPayload(await new UnitsService(ctx.dataSource).archive(input, viewer));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ImportUnitsPayload, { description: 'Creates and updates units from CSV, all rows or none.' })
  async importUnits(
    @Arg('input') input: ImportUnitsInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<ImportUnitsPayload> {
    const outcome = await new UnitsImportService(ctx.dataSource).import(input.csv, viewer);
    return outcome.ok
      ? { ...outcome.value, userErrors: [] }
      : { created: 0, updated: 0, units: [], userErrors: outcome.userErrors };
  }
}
