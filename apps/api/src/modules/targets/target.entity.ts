import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

const numeric = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity('target_sets')
export class TargetSetEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'campaign_id', type: 'uuid' }) campaignId: string;
  @Column({ type: 'varchar' }) key: string;
  @Column({ type: 'varchar' }) name: string;
  @Column({ name: 'is_primary', type: 'boolean' }) primary: boolean;
  @Column({ type: 'int' }) version: number;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}

/** A level default (levelId set) or a unit override (unitId set), in percent. */
@Entity('targets')
export class TargetEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'target_set_id', type: 'uuid' }) targetSetId: string;
  @Column({ name: 'indicator_id', type: 'uuid' }) indicatorId: string;
  @Column({ name: 'level_id', type: 'uuid', nullable: true }) levelId: string | null;
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId: string | null;
  @Column({ type: 'numeric', transformer: numeric }) value: number;
}

@Entity('target_changes')
export class TargetChangeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'target_set_id', type: 'uuid' }) targetSetId: string;
  @Column({ name: 'indicator_id', type: 'uuid' }) indicatorId: string;
  @Column({ name: 'level_id', type: 'uuid', nullable: true }) levelId: string | null;
  @Column({ name: 'unit_id', type: 'uuid', nullable: true }) unitId: string | null;
  @Column({ name: 'old_value', type: 'numeric', nullable: true, transformer: numeric }) oldValue: number | null;
  @Column({ name: 'new_value', type: 'numeric', nullable: true, transformer: numeric }) newValue: number | null;
  @Column({ name: 'changed_by', type: 'uuid', nullable: true }) changedBy: string | null;
  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' }) changedAt: Date;
}
