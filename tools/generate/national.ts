/**
 * Synthetic national data, deterministic from a seed: the unit tree of a country (63 provinces, about 700
 * districts, 10.600 communes and 1.300 provincial agencies) and a stream of dossiers with realistic skew — unit
 * sizes drawn log-normally (a few busy units, a long tail of quiet communes), fewer dossiers at weekends, and an
 * online share that rises over the months and differs by province.
 */
import { normalDraw, seededRandom } from '@thidua/api';

export const NATIONAL_LEVELS = [
  { key: 'committee', name: 'UBND tỉnh', depth: 1 },
  { key: 'province', name: 'Cấp tỉnh', depth: 1 },
  { key: 'district', name: 'Cấp huyện', depth: 2 },
  { key: 'commune', name: 'Cấp xã', depth: 3 },
] as const;
export type NationalLevelKey = (typeof NATIONAL_LEVELS)[number]['key'];

export interface NationalUnit {
  code: string;
  name: string;
  levelKey: NationalLevelKey;
  parentCode: string | null;
}

export interface NationalShape {
  provinces: number;
  districts: number;
  communes: number;
  agencies: number;
}

export const NATIONAL_SHAPE: NationalShape = { provinces: 63, districts: 705, communes: 10_600, agencies: 1_300 };

/** Splits `total` into `parts` whole numbers of uneven sizes (each at least `min`), summing exactly to `total`. */
function unevenSplit(total: number, parts: number, min: number, random: () => number): number[] {
  const weights = Array.from({ length: parts }, () => 0.5 + random());
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(min, Math.floor((w / sum) * total)));
  let rest = total - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; rest !== 0; i = (i + 1) % parts) {
    if (rest > 0) {
      sizes[i] += 1;
      rest -= 1;
    } else if (sizes[i] > min) {
      sizes[i] -= 1;
      rest += 1;
    }
  }
  return sizes;
}

/** Every unit, each parent before its children. Codes: province NN, agency NN-Sxx, district NNN, commune NNNNN. */
export function nationalUnits(seed: number, shape: NationalShape = NATIONAL_SHAPE): NationalUnit[] {
  const random = seededRandom(seed);
  const units: NationalUnit[] = [];
  const districtsPer = unevenSplit(shape.districts, shape.provinces, 1, random);
  const agenciesPer = unevenSplit(shape.agencies, shape.provinces, 1, random);
  const communesPer = unevenSplit(shape.communes, shape.districts, 1, random);
  let district = 0;
  for (let p = 0; p < shape.provinces; p += 1) {
    const province = String(p + 1).padStart(2, '0');
    units.push({ code: province, name: `UBND tỉnh ${province}`, levelKey: 'committee', parentCode: null });
    for (let a = 0; a < agenciesPer[p]; a += 1) {
      units.push({
        code: `${province}-S${String(a + 1).padStart(2, '0')}`,
        name: `Sở ${a + 1} tỉnh ${province}`,
        levelKey: 'province',
        parentCode: province,
      });
    }
    for (let d = 0; d < districtsPer[p]; d += 1) {
      const districtCode = String(district + 1).padStart(3, '0');
      units.push({ code: districtCode, name: `Huyện ${districtCode}`, levelKey: 'district', parentCode: province });
      for (let c = 0; c < communesPer[district]; c += 1) {
        units.push({
          code: `${districtCode}${String(c + 1).padStart(2, '0')}`,
          name: `Xã ${c + 1} huyện ${districtCode}`,
          levelKey: 'commune',
          parentCode: districtCode,
        });
      }
      district += 1;
    }
  }
  return units;
}

export interface DossierStreamOptions {
  seed: number;
  count: number;
  /** First and last day (UTC) of receipts, YYYY-MM-DD. */
  from: string;
  to: string;
  /** Dossier ids start after this number (a later file can add new records after an earlier one). */
  firstId?: number;
}

export interface GeneratedDossier {
  source: string;
  externalId: string;
  unitCode: string;
  procedureCode: string;
  receivedAt: Date;
  channel: 'ONLINE' | 'IN_PERSON' | 'POST';
  resolvedAt: Date | null;
  resolvedOnline: boolean;
  digitised: boolean;
  feeRequired: boolean;
  paidOnline: boolean;
}

const DAY = 86_400_000;

/** Dossiers one at a time, never all in memory. Each province's one-stop system is its own source. */
export function* nationalDossiers(
  units: readonly NationalUnit[],
  options: DossierStreamOptions,
): Generator<GeneratedDossier> {
  const random = seededRandom(options.seed ^ 0x9e3779b9);
  const provinceOf = new Map<string, string>();
  for (const unit of units)
    provinceOf.set(unit.code, unit.parentCode ? (provinceOf.get(unit.parentCode) as string) : unit.code);
  const receiving = units.filter((unit) => unit.levelKey !== 'committee');
  // Log-normal sizes; agencies and districts handle more dossiers than communes.
  const scale: Record<NationalLevelKey, number> = { committee: 0, province: 6, district: 3, commune: 1 };
  const cumulative = new Float64Array(receiving.length);
  let total = 0;
  receiving.forEach((unit, i) => {
    total += scale[unit.levelKey] * Math.exp(1.1 * normalDraw(random));
    cumulative[i] = total;
  });
  // Each province's online habit: a base share and how fast it grows over the span.
  const habit = new Map<string, { base: number; growth: number }>();
  for (const unit of units)
    if (!unit.parentCode) habit.set(unit.code, { base: 0.15 + 0.3 * random(), growth: 0.1 + 0.4 * random() });
  const start = Date.parse(`${options.from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${options.to}T00:00:00Z`) - start) / DAY) + 1;
  const firstId = options.firstId ?? 0;

  for (let i = 0; i < options.count; i += 1) {
    const pick = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < pick) lo = mid + 1;
      else hi = mid;
    }
    const unit = receiving[lo];
    const province = provinceOf.get(unit.code) as string;
    // Weekends carry a fifth of a weekday's dossiers: redraw most weekend days.
    let day = Math.floor(random() * days);
    const weekday = new Date(start + day * DAY).getUTCDay();
    if ((weekday === 0 || weekday === 6) && random() < 0.8) day = Math.floor(random() * days);
    // Office hours in Vietnam (UTC+7): 07:00–17:00 local is 00:00–10:00 UTC, a few at any hour online.
    const minute = random() < 0.9 ? Math.floor(random() * 600) : Math.floor(random() * 1440);
    const receivedAt = new Date(start + day * DAY + minute * 60_000);
    const progress = day / Math.max(days - 1, 1);
    const { base, growth } = habit.get(province) as { base: number; growth: number };
    const onlineShare = Math.min(0.95, base + growth * progress);
    const draw = random();
    const channel = draw < onlineShare ? 'ONLINE' : draw < onlineShare + (1 - onlineShare) * 0.9 ? 'IN_PERSON' : 'POST';
    // Recent dossiers are less often finished.
    const resolved = random() < 0.95 - 0.4 * Math.max(0, progress - 0.9) * 10;
    const resolvedAt = resolved ? new Date(receivedAt.getTime() + Math.floor(random() * 15 * 24 * 60) * 60_000) : null;
    const resolvedOnline = resolved && random() < (channel === 'ONLINE' ? 0.9 : 0.15);
    const feeRequired = random() < 0.35;
    yield {
      source: `MC${province}`,
      externalId: String(firstId + i + 1),
      unitCode: unit.code,
      procedureCode: `TTHC-${1 + Math.floor(random() ** 2 * 400)}`,
      receivedAt,
      channel,
      resolvedAt,
      resolvedOnline,
      digitised: random() < 0.3 + 0.5 * progress,
      feeRequired,
      paidOnline: feeRequired && random() < onlineShare * 0.8,
    };
  }
}

export const DOSSIER_CSV_HEADER =
  'source,external_id,unit_code,procedure_code,received_at,channel,resolved_at,resolved_online,digitised,fee_required,paid_online';

export function dossierCsvLine(d: GeneratedDossier): string {
  return `${d.source},${d.externalId},${d.unitCode},${d.procedureCode},${d.receivedAt.toISOString()},${d.channel},${d.resolvedAt ? d.resolvedAt.toISOString() : ''},${d.resolvedOnline ? 1 : 0},${d.digitised ? 1 : 0},${d.feeRequired ? 1 : 0},${d.paidOnline ? 1 : 0}\n`;
}

export function dossierNdjsonLine(d: GeneratedDossier): string {
  return (
    JSON.stringify({
      source: d.source,
      external_id: d.externalId,
      unit_code: d.unitCode,
      procedure_code: d.procedureCode,
      received_at: d.receivedAt.toISOString(),
      channel: d.channel,
      resolved_at: d.resolvedAt ? d.resolvedAt.toISOString() : null,
      resolved_online: d.resolvedOnline,
      digitised: d.digitised,
      fee_required: d.feeRequired,
      paid_online: d.paidOnline,
    }) + '\n'
  );
}
