import { useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { formatPoints, scorePartsText, type ScoredRow } from '../utils/score-parts';
import './score.css';

const GAP = 6;

/**
 * A unit's final score. With `withParts`, the score is a button whose tooltip says how it was made ("Điểm cơ bản
 * 92,50 + thưởng 3,20 − trừ 4,00 = 91,70"): shown on mouse hover, on keyboard focus and on tap (a tap pins it, another
 * tap or Escape hides it). The tooltip is fixed to the viewport so a scrolling table does not clip it; it is the
 * button's description for screen readers, and a print-only copy keeps the parts on paper.
 */
export function ScoreCell({ row, withParts }: { row: ScoredRow; withParts: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const tooltipId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const tooltipRef = useRef<HTMLSpanElement>(null);
  const pointer = useRef(false);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [position, setPosition] = useState<CSSProperties>({});
  const open = hovered || focused || pinned;

  useLayoutEffect(() => {
    if (!open || !buttonRef.current) return;
    const rect = buttonRef.current.getBoundingClientRect();
    const height = tooltipRef.current?.offsetHeight ?? 0;
    const below = rect.bottom + GAP + height <= window.innerHeight || rect.top - GAP - height < 0;
    setPosition({
      right: Math.max(8, window.innerWidth - rect.right),
      ...(below ? { top: rect.bottom + GAP } : { bottom: window.innerHeight - rect.top + GAP }),
    });
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const hide = () => {
      setHovered(false);
      setPinned(false);
      setFocused(false);
    };
    // A tap elsewhere hides it, also where a tap does not move the focus (Safari).
    const outside = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !buttonRef.current?.contains(event.target)) hide();
    };
    // A fixed tooltip would float away from its score: scrolling hides it.
    window.addEventListener('scroll', hide, true);
    window.addEventListener('resize', hide);
    document.addEventListener('pointerdown', outside);
    return () => {
      window.removeEventListener('scroll', hide, true);
      window.removeEventListener('resize', hide);
      document.removeEventListener('pointerdown', outside);
    };
  }, [open]);

  if (row.score === null || row.score === undefined) return null;
  const score = formatPoints(row.score, format.lang);
  const parts = withParts ? scorePartsText(row, t, format.lang) : null;
  if (!parts) return <>{score}</>;

  return (
    <span className="score-parts">
      <button
        ref={buttonRef}
        type="button"
        className="score-parts__button"
        aria-describedby={tooltipId}
        aria-expanded={open}
        onPointerDown={() => {
          pointer.current = true;
        }}
        onPointerEnter={(event) => event.pointerType === 'mouse' && setHovered(true)}
        onPointerLeave={(event) => event.pointerType === 'mouse' && setHovered(false)}
        onFocus={() => {
          // A tap or a click focuses too: the click decides; only the keyboard opens on focus.
          if (!pointer.current) setFocused(true);
          pointer.current = false;
        }}
        onBlur={() => {
          setFocused(false);
          setPinned(false);
        }}
        onClick={() => {
          if (focused) {
            setFocused(false);
            setPinned(false);
          } else setPinned((current) => !current);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            setFocused(false);
            setPinned(false);
            setHovered(false);
          }
        }}
      >
        {score}
      </button>
      <span
        ref={tooltipRef}
        id={tooltipId}
        role="tooltip"
        className="score-parts__tooltip"
        hidden={!open}
        style={position}
      >
        {parts}
      </span>
      <span className="score-parts__print" aria-hidden="true">
        {parts}
      </span>
    </span>
  );
}
