import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

@Entity('indicators')
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar' }) code: string;
  @Column({ type: 'varchar' }) name: string;
  @Column({ name: 'numerator_label', type: 'varchar' }) numeratorLabel: string;
  @Column({ name: 'denominator_label', type: 'varchar' }) denominatorLabel: string;
  @Column({ type: 'text' }) description: string;
  @VersionColumn() version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
