/// <reference types="office-js" />
// Ziping's own writes, remembered for a few seconds so the change watcher (events.ts) does not re-check because of them.
// No Office.js calls here.
import type { CellRange } from "../core/grid";
import { safeParseRange, splitAreas } from "./util";

interface OwnWrite {
  sheet: string;
  ranges: CellRange[];
  until: number;
}

let recent: OwnWrite[] = [];
let clock: () => number = () => new Date().getTime();

/** Tests: a controllable clock. */
export function setOwnWriteClock(now: () => number): void {
  clock = now;
}

/** Call right before the sync that writes `addresses` on `sheet` (by name or id). */
export function noteOwnWrite(sheet: string, addresses: string[], ttlMs = 5000): void {
  const ranges: CellRange[] = [];
  for (let i = 0; i < addresses.length; i++) {
    const r = safeParseRange(addresses[i]);
    if (r) ranges.push(r);
  }
  prune();
  recent.push({ sheet, ranges, until: clock() + ttlMs });
}

/** True when every cell of the changed address lies in something Ziping wrote recently on that sheet. */
export function isOwnWrite(sheetKeys: string[], address: string): boolean {
  prune();
  const areas = splitAreas(address);
  if (!areas.length) return false;
  for (let a = 0; a < areas.length; a++) {
    const changed = safeParseRange(areas[a]);
    if (!changed) return false;
    if (!covered(sheetKeys, changed)) return false;
  }
  return true;
}

export function clearOwnWrites(): void {
  recent = [];
}

function covered(sheetKeys: string[], changed: CellRange): boolean {
  // Inside one recorded area (a whole-row insert and everything it moved): no need to go cell by cell.
  for (let i = 0; i < recent.length; i++) {
    if (sheetKeys.indexOf(recent[i].sheet) < 0) continue;
    const ranges = recent[i].ranges;
    for (let j = 0; j < ranges.length; j++) {
      const g = ranges[j];
      if (g.top <= changed.top && g.bottom >= changed.bottom && g.left <= changed.left && g.right >= changed.right) return true;
    }
  }
  // Cell by cell for small changes (a write of I12 and I13 reported as one event "I12:I13").
  const cells = (changed.bottom - changed.top + 1) * (changed.right - changed.left + 1);
  if (cells > 10000) return false;
  for (let r = changed.top; r <= changed.bottom; r++) {
    for (let c = changed.left; c <= changed.right; c++) {
      let hit = false;
      for (let i = 0; i < recent.length && !hit; i++) {
        if (sheetKeys.indexOf(recent[i].sheet) < 0) continue;
        const ranges = recent[i].ranges;
        for (let j = 0; j < ranges.length; j++) {
          const g = ranges[j];
          if (r >= g.top && r <= g.bottom && c >= g.left && c <= g.right) {
            hit = true;
            break;
          }
        }
      }
      if (!hit) return false;
    }
  }
  return true;
}

function prune(): void {
  const now = clock();
  const keep: OwnWrite[] = [];
  for (let i = 0; i < recent.length; i++) if (recent[i].until >= now) keep.push(recent[i]);
  recent = keep;
}
