import { classTone } from '../utils/class-tone';
import './rankings.css';

/** A unit's class ("Tốt", "Trung bình") in its legend colour: the same colour as its score in the ranking. */
export function ClassBadge({
  unitClass,
  legendCodes,
}: {
  unitClass: { code: string; name: string };
  legendCodes: readonly string[];
}) {
  const tone = classTone(unitClass.code, legendCodes);
  return <span className={`class-badge class-tone--${tone ?? 'none'}`}>{unitClass.name}</span>;
}
