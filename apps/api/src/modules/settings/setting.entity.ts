import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('settings')
export class SettingEntity {
  @PrimaryColumn({ type: 'varchar' }) key: string;
  @Column({ type: 'text' }) value: string;
}
