import { startTestApp, type TestApp } from '../../../test/harness';
import { CampaignEntity, CampaignIndicatorEntity } from './campaign.entity';
import { IndicatorEntity } from '../indicators';
import { LevelEntity } from '../levels';
import { loadCampaignContext } from './campaign-context';

describe('a campaign context read in one statement', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('holds the same entities, typed alike, as TypeORM reads one table at a time', async () => {
    const manager = app.dataSource.manager;
    const [campaign] = await manager.find(CampaignEntity);
    const before = app.queryCount();
    const context = await loadCampaignContext(manager, campaign.id);
    expect(app.queryCount() - before).toBe(1);
    expect(context?.campaign).toEqual(campaign);
    expect(context?.campaign.createdAt).toBeInstanceOf(Date);
    const links = await manager.find(CampaignIndicatorEntity, {
      where: { campaignId: campaign.id },
      order: { position: 'ASC' },
    });
    const indicators = await Promise.all(
      links.map((link) => manager.findOneByOrFail(IndicatorEntity, { id: link.indicatorId })),
    );
    expect(context?.indicators).toEqual(indicators);
    expect(context?.weights).toEqual(Object.fromEntries(links.map((link, i) => [indicators[i].code, link.weight])));
    const levels = await manager
      .createQueryBuilder(LevelEntity, 'level')
      .innerJoin('campaign_levels', 'link', 'link.level_id = level.id AND link.campaign_id = :id', { id: campaign.id })
      .getMany();
    expect(new Set(context?.levels.map((level) => level.key))).toEqual(new Set(levels.map((level) => level.key)));
    expect(context?.levels).toEqual(expect.arrayContaining(levels));
    expect(context?.periods).toHaveLength(11);
  });

  it('is null for an unknown campaign or a malformed id, without a query for the latter', async () => {
    expect(await loadCampaignContext(app.dataSource.manager, '00000000-0000-4000-8000-000000000000')).toBeNull();
    const before = app.queryCount();
    expect(await loadCampaignContext(app.dataSource.manager, 'not-an-id')).toBeNull();
    expect(app.queryCount()).toBe(before);
  });
});
