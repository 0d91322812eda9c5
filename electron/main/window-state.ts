import fs from 'node:fs';
import path from 'node:path';
import { type BrowserWindow, type Rectangle, screen } from 'electron';

export const DEFAULT_SIZE = { width: 1280, height: 800 };
export const MIN_SIZE = { width: 960, height: 600 };
const SAVE_DELAY_MS = 400;

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** True when the rectangle overlaps a display's work area enough to be grabbed by the user. */
function isVisible(bounds: Rectangle): boolean {
  const MARGIN = 50;
  return screen.getAllDisplays().some(({ workArea: a }) => {
    const overlapX = Math.min(bounds.x + bounds.width, a.x + a.width) - Math.max(bounds.x, a.x);
    const overlapY = Math.min(bounds.y + bounds.height, a.y + a.height) - Math.max(bounds.y, a.y);
    return overlapX >= MARGIN && overlapY >= MARGIN;
  });
}

/**
 * Reads the remembered state. A damaged file, or bounds on a screen that is no longer there
 * (a laptop unplugged from its second monitor), gives the defaults instead of a lost window.
 */
export function loadWindowState(file: string): WindowState {
  const fallback: WindowState = { ...DEFAULT_SIZE, maximized: false };
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return fallback;
  }
  if (!raw || typeof raw !== 'object') return fallback;
  const s = raw as Record<string, unknown>;
  if (!isInt(s.width) || !isInt(s.height)) return fallback;
  const width = Math.max(MIN_SIZE.width, s.width);
  const height = Math.max(MIN_SIZE.height, s.height);
  const maximized = s.maximized === true;
  if (isInt(s.x) && isInt(s.y) && isVisible({ x: s.x, y: s.y, width, height })) return { x: s.x, y: s.y, width, height, maximized };
  return { width, height, maximized };
}

function writeState(file: string, win: BrowserWindow): void {
  if (win.isDestroyed()) return;
  // The normal bounds, so un-maximizing after a restart returns to the size the user chose.
  const b = win.getNormalBounds();
  const state: WindowState = { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() };
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(state));
  } catch (error) {
    // Losing the window position is not worth interrupting the user for.
    console.warn('[window-state] not saved:', error instanceof Error ? error.message : error);
  }
}

/** Saves the state shortly after the last resize or move, and at once when the window closes. */
export function trackWindowState(file: string, win: BrowserWindow): void {
  let timer: NodeJS.Timeout | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => writeState(file, win), SAVE_DELAY_MS);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event as 'resize', later);
  win.on('close', () => {
    clearTimeout(timer);
    writeState(file, win);
  });
}
