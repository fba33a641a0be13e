import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { buildPeriods, type Period } from '@thidua/domain';
import { loadById, loadGroupedBy, type LoaderDefinition } from '../../foundation/database/request-loaders';
import { CampaignEntity, CampaignIndicatorEntity, CampaignLevelEntity } from './campaign.entity';

export const campaignById = loadById(CampaignEntity);
export const campaignIndicatorsByCampaignId = loadGroupedBy(CampaignIndicatorEntity, 'campaignId', { position: 'ASC' });
export const campaignLevelsByCampaignId = loadGroupedBy(CampaignLevelEntity, 'campaignId', {});

export const periodsByCampaignId: LoaderDefinition<string, Period[]> = (dataSource) =>
  new DataLoader(async (ids) => {
    const campaigns = await dataSource.getRepository(CampaignEntity).findBy({ id: In([...ids]) });
    return ids.map((id) => {
      const campaign = campaigns.find((row) => row.id === id);
      return campaign ? buildPeriods(campaign) : [];
    });
  });
