import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** What of a campaign's standings the public may see: score and class only, or the indicators' rates as well. */
export type PublicFigures = 'SCORE_AND_CLASS' | 'WITH_RATES';

/** A campaign's public scoreboard settings; kept when unpublished, so that publishing again is one step. */
@Entity('campaign_publications')
export class CampaignPublicationEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' }) campaignId: string;
  /** The public address's last part (/cong-khai/<slug>), unique among all campaigns. */
  @Column({ type: 'varchar' }) slug: string;
  @Column({ type: 'boolean' }) published: boolean;
  /** The published levels' ids, in no order (the page shows them top first). */
  @Column({ name: 'level_ids', type: 'jsonb' }) levelIds: string[];
  @Column({ type: 'varchar' }) figures: PublicFigures;
  /** The first period shown; earlier ones stay private. */
  @Column({ name: 'from_period', type: 'int' }) fromPeriod: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
