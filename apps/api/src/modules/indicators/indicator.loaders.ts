import { loadById } from '../../foundation/database/request-loaders';
import { IndicatorEntity } from './indicator.entity';

export const indicatorById = loadById(IndicatorEntity);
