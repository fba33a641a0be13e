import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@Entity('units')
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar' }) code: string;
  @Column({ type: 'varchar' }) name: string;
  /** Code and name without diacritics, lower case: what `units(search:)` matches. */
  @Column({ name: 'search_text', type: 'text' }) searchText: string;
  @Column({ name: 'level_id', type: 'uuid' }) levelId: string;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId: string | null;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  @VersionColumn() version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  /** Set by every save and update (create, rename, move, archive, import); to the millisecond. */
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 }) updatedAt: Date;
}
