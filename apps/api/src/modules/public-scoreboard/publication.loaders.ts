import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { LoaderDefinition } from '../../foundation/database/request-loaders';
import { CampaignPublicationEntity } from './campaign-publication.entity';

/** A campaign's publication settings by campaign id; null when it was never published. */
export const publicationByCampaignId: LoaderDefinition<string, CampaignPublicationEntity | null> = (dataSource) =>
  new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(CampaignPublicationEntity).findBy({ campaignId: In([...ids]) });
    const found = new Map(rows.map((row) => [row.campaignId, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
