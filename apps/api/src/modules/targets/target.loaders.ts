import { loadById, loadGroupedBy } from '../../foundation/database/request-loaders';
import { TargetEntity, TargetSetEntity } from './target.entity';

export const targetSetById = loadById(TargetSetEntity);
export const targetSetsByCampaignId = loadGroupedBy(TargetSetEntity, 'campaignId', { primary: 'DESC', key: 'ASC' });
export const targetsByTargetSetId = loadGroupedBy(TargetEntity, 'targetSetId', {});
