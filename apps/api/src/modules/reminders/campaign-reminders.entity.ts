import { Column, Entity, PrimaryColumn } from 'typeorm';

/** When a campaign reminds its units, and whose parents get a copy. No row: the campaign sends no reminders. */
@Entity('campaign_reminders')
export class CampaignRemindersEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' }) campaignId: string;
  /** Minutes around each due instant: negative before, positive after (@thidua/domain validateReminderOffsets). */
  @Column({ name: 'offsets_minutes', type: 'integer', array: true }) offsetsMinutes: number[];
  /** Levels whose units' reminders also go to the parent unit's reporters (e.g. communes → their district). */
  @Column({ name: 'copy_to_parent_level_keys', type: 'text', array: true }) copyToParentLevelKeys: string[];
  /** Reminders due up to this instant have been sent (the sender's mark; null: none yet). */
  @Column({ name: 'sent_until', type: 'timestamptz', nullable: true }) sentUntil: Date | null;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
