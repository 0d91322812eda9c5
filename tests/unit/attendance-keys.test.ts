import { describe, expect, it } from 'vitest';
import { markOfKey, moveCell, nextCell } from '../../renderer/src/features/sessions/attendance/attendance-keys';

describe('attendance grid keys', () => {
  it('reads the French initials whatever the case, and the same keys on an Arabic layout by their place', () => {
    expect(markOfKey('p', 'KeyP')).toBe('present');
    expect(markOfKey('R', 'KeyR')).toBe('late');
    expect(markOfKey('e', 'KeyE')).toBe('excused');
    // AZERTY: the letter typed counts, not the key's QWERTY place.
    expect(markOfKey('a', 'KeyQ')).toBe('absent');
    // Arabic 101: ح is on the P key, ق on the R key, ث on the E key, ش on the A key.
    expect(markOfKey('ح', 'KeyP')).toBe('present');
    expect(markOfKey('ق', 'KeyR')).toBe('late');
    expect(markOfKey('ش', 'KeyA')).toBe('absent');
    expect(markOfKey('Delete', 'Delete')).toBeNull();
    expect(markOfKey('Backspace', 'Backspace')).toBeNull();
    expect(markOfKey('x', 'KeyX')).toBeUndefined();
    expect(markOfKey('Tab', 'Tab')).toBeUndefined();
  });

  it('moves with the reading direction and stays inside the grid', () => {
    const at = { row: 1, col: 1 };
    expect(moveCell(at, 'ArrowRight', false, 3, 4)).toEqual({ row: 1, col: 2 });
    expect(moveCell(at, 'ArrowLeft', true, 3, 4)).toEqual({ row: 1, col: 2 });
    expect(moveCell({ row: 0, col: 0 }, 'ArrowUp', false, 3, 4)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 2, col: 3 }, 'ArrowRight', false, 3, 4)).toEqual({ row: 2, col: 3 });
    expect(moveCell(at, 'End', false, 3, 4)).toEqual({ row: 1, col: 3 });
    expect(moveCell(at, 'p', false, 3, 4)).toBeNull();
  });

  it('goes on to the next slot after a mark, then to the next person', () => {
    expect(nextCell({ row: 0, col: 0 }, 2, 2)).toEqual({ row: 0, col: 1 });
    expect(nextCell({ row: 0, col: 1 }, 2, 2)).toEqual({ row: 1, col: 0 });
    expect(nextCell({ row: 1, col: 1 }, 2, 2)).toEqual({ row: 1, col: 1 });
  });
});
