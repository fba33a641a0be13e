import { ApiTokenEntity } from '../../modules/api-tokens/api-token.entity';
import { AuditEntryEntity } from '../../foundation/audit/audit-entry.entity';
import { CampaignEntity, CampaignIndicatorEntity, CampaignLevelEntity } from '../../modules/campaigns/campaign.entity';
import { IndicatorEntity } from '../../modules/indicators/indicator.entity';
import { TargetChangeEntity, TargetEntity, TargetSetEntity } from '../../modules/targets/target.entity';
import { SessionEntity } from '../../modules/users/session.entity';
import { LevelEntity } from '../../modules/levels/level.entity';
import { ReportEntity, ReportRevisionEntity, ReportValueEntity } from '../../modules/reports/report.entity';
import { CampaignPublicationEntity } from '../../modules/public-scoreboard/campaign-publication.entity';
import { ProposalEntity, ReviewEntity } from '../../modules/reviews/review.entity';
import { RuleEntity } from '../../modules/rules/rule.entity';
import { SettingEntity } from '../../modules/settings/setting.entity';
import { UnitEntity } from '../../modules/units/unit.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { OutboxEventEntity } from '../../foundation/events/outbox-event.entity';
import { CampaignRemindersEntity } from '../../modules/reminders/campaign-reminders.entity';
import { NotificationEntity } from '../../modules/notifications/notification.entity';
import { WebhookEndpointEntity } from '../../modules/webhooks/webhook-endpoint.entity';
import { WebhookDeliveryAttemptEntity, WebhookDeliveryEntity } from '../../modules/webhooks/webhook-delivery.entity';

export const entities = [
  ApiTokenEntity,
  AuditEntryEntity,
  CampaignEntity,
  CampaignIndicatorEntity,
  CampaignLevelEntity,
  CampaignPublicationEntity,
  CampaignRemindersEntity,
  IndicatorEntity,
  LevelEntity,
  NotificationEntity,
  OutboxEventEntity,
  ProposalEntity,
  ReportEntity,
  ReportRevisionEntity,
  ReportValueEntity,
  ReviewEntity,
  RuleEntity,
  SessionEntity,
  SettingEntity,
  TargetChangeEntity,
  TargetEntity,
  TargetSetEntity,
  UnitEntity,
  UserEntity,
  WebhookDeliveryAttemptEntity,
  WebhookDeliveryEntity,
  WebhookEndpointEntity,
];
