import type { AttendanceMark } from '../../../../../api/channels/session-enums';

/**
 * One key per mark on the attendance grid. The letters are the French initials (Présent, Retard,
 * Excusé, Absent) and stay the same in Arabic: an Arabic keyboard's key is read by its place
 * (`event.code`), so the user presses the same keys whichever layout is on. L (late) is taken
 * for R too, for an English habit.
 */
const LETTERS: Record<string, AttendanceMark> = { p: 'present', r: 'late', l: 'late', e: 'excused', a: 'absent' };
/** Physical keys of a QWERTY-placed layout (Arabic 101) for the same letters. */
const CODES: Record<string, AttendanceMark> = { KeyP: 'present', KeyR: 'late', KeyL: 'late', KeyE: 'excused', KeyA: 'absent' };

/** The letter shown for a mark in the grid and the legend (the same in both languages). */
export const MARK_LETTER: Record<AttendanceMark, string> = { present: 'P', late: 'R', excused: 'E', absent: 'A' };

/**
 * The mark a key press sets: undefined for a key that sets nothing, null for Delete/Backspace
 * (clears). A Latin letter is read as typed (AZERTY or QWERTY alike); any other character (an
 * Arabic layout) by the key's place.
 */
export function markOfKey(key: string, code: string): AttendanceMark | null | undefined {
  if (key === 'Delete' || key === 'Backspace') return null;
  if (key.length !== 1) return undefined;
  const lower = key.toLowerCase();
  if (/^[a-z]$/.test(lower)) return LETTERS[lower];
  return CODES[code];
}

/** Marks that count as attended (hours attended, the rate). */
export const attended = (m: AttendanceMark | null | undefined): boolean => m === 'present' || m === 'late';

export type Cell = { row: number; col: number };

/**
 * Where an arrow key moves the cursor. Columns run in the reading direction: in Arabic the grid
 * is mirrored, so ArrowLeft goes to the next slot. The cursor stays inside the grid.
 */
export function moveCell(cell: Cell, key: string, rtl: boolean, rows: number, cols: number): Cell | null {
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  const clamp = (c: Cell): Cell => ({ row: Math.max(0, Math.min(rows - 1, c.row)), col: Math.max(0, Math.min(cols - 1, c.col)) });
  switch (key) {
    case forward:
      return clamp({ ...cell, col: cell.col + 1 });
    case back:
      return clamp({ ...cell, col: cell.col - 1 });
    case 'ArrowDown':
      return clamp({ ...cell, row: cell.row + 1 });
    case 'ArrowUp':
      return clamp({ ...cell, row: cell.row - 1 });
    case 'Home':
      return { ...cell, col: 0 };
    case 'End':
      return { ...cell, col: cols - 1 };
    default:
      return null;
  }
}

/** After a mark is set: the next slot, or the first slot of the next person at the end of a row (a sheet is copied line by line). */
export function nextCell(cell: Cell, rows: number, cols: number): Cell {
  if (cell.col < cols - 1) return { ...cell, col: cell.col + 1 };
  if (cell.row < rows - 1) return { row: cell.row + 1, col: 0 };
  return cell;
}
