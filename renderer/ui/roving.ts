import { type FocusEvent, type KeyboardEvent, useCallback, useState } from 'react';

/**
 * Roving focus over a list whose rows hold a few controls each (data-col on every control, one row per
 * <li>): one Tab stop for the whole list, arrow keys inside it. Up/Down move between rows in the same
 * column, Left/Right between a row's controls, Home/End to the first and last row.
 */
export function useRovingGrid(rows: number, cols: number) {
  const [active, setActive] = useState({ row: 0, col: 0 });
  const row = Math.min(active.row, Math.max(rows - 1, 0));
  const tabIndexOf = useCallback(
    (r: number, c: number) => (r === row && c === active.col ? 0 : -1),
    [row, active.col],
  );
  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const cell = position(event.currentTarget, event.target);
    if (cell) setActive(cell);
  }, []);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const cell = position(event.currentTarget, event.target);
      if (!cell) return;
      let next = cell;
      if (event.key === 'ArrowDown') next = { ...cell, row: Math.min(cell.row + 1, rows - 1) };
      else if (event.key === 'ArrowUp') next = { ...cell, row: Math.max(cell.row - 1, 0) };
      else if (event.key === 'ArrowRight') next = { ...cell, col: Math.min(cell.col + 1, cols - 1) };
      else if (event.key === 'ArrowLeft') next = { ...cell, col: Math.max(cell.col - 1, 0) };
      else if (event.key === 'Home') next = { ...cell, row: 0 };
      else if (event.key === 'End') next = { ...cell, row: rows - 1 };
      else return;
      event.preventDefault();
      setActive(next);
      controlAt(event.currentTarget, next)?.focus();
    },
    [rows, cols],
  );
  return { tabIndexOf, onFocus, onKeyDown };
}

function position(list: HTMLElement, target: EventTarget): { row: number; col: number } | null {
  if (!(target instanceof HTMLElement) || target.dataset.col === undefined) return null;
  const item = target.closest('li');
  if (!item || item.parentElement !== list) return null;
  return { row: [...list.children].indexOf(item), col: Number(target.dataset.col) };
}

function controlAt(list: HTMLElement, cell: { row: number; col: number }): HTMLElement | null {
  return list.children[cell.row]?.querySelector<HTMLElement>(`[data-col="${cell.col}"]`) ?? null;
}
