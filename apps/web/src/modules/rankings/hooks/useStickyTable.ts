import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Keeps a table's header and its first `stickyColumns` columns in view, and says whether the table is wider than its
 * box (the box then scrolls sideways).
 *
 * Columns: each gets its offset from the left (`--sticky-left-<n>` on the box), measured, since names wrap and widths
 * vary. Header: a box that scrolls sideways is a scroll container, so `position: sticky` would pin the header to that
 * box, which never scrolls up and down, instead of to the page. While the table fits, the box does not scroll sideways
 * and CSS keeps the header; once it is wider, the header is moved down by as much as the page has scrolled past the
 * box's top (`--head-shift` on the box).
 */
export function useStickyTable(
  boxRef: RefObject<HTMLElement | null>,
  headRef: RefObject<HTMLTableSectionElement | null>,
  stickyColumns: number,
) {
  const [wide, setWide] = useState(false);

  useLayoutEffect(() => {
    const box = boxRef.current;
    const head = headRef.current;
    if (!box || !head) return;
    const measure = () => {
      setWide(box.scrollWidth > box.clientWidth + 1);
      const cells = Array.from(head.rows[0]?.cells ?? []).slice(0, stickyColumns);
      let left = 0;
      cells.forEach((cell, index) => {
        box.style.setProperty(`--sticky-left-${index}`, `${left}px`);
        left += cell.offsetWidth;
      });
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    Array.from(head.rows[0]?.cells ?? [])
      .slice(0, stickyColumns)
      .forEach((cell) => observer.observe(cell));
    return () => observer.disconnect();
  }, [boxRef, headRef, stickyColumns]);

  useEffect(() => {
    const box = boxRef.current;
    const head = headRef.current;
    if (!wide || !box || !head) return;
    const place = () => {
      const top = box.getBoundingClientRect().top;
      const shift = Math.max(0, Math.min(-top, box.offsetHeight - head.offsetHeight));
      box.style.setProperty('--head-shift', `${shift}px`);
    };
    place();
    window.addEventListener('scroll', place, { passive: true });
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place);
      window.removeEventListener('resize', place);
      box.style.removeProperty('--head-shift');
    };
  }, [wide, boxRef, headRef]);

  return wide;
}
