/**
 * Where each generated sheet goes, given the sheets a workbook already has.
 * One rule for both hosts: a sheet carrying the generated marker with the same
 * name is replaced; a user's sheet with that name is never touched — the report
 * sheet then takes the first free name `進捗集計 (2)`, `進捗集計 (3)`, ...,
 * or replaces a marked sheet of such a name that an earlier run wrote.
 */
import type { ReportModel, ReportSheet } from "./model";

export interface ExistingSheet {
  readonly name: string;
  /** Carries the generated marker (see GENERATED_MARKER_NAME). */
  readonly generated: boolean;
}

export interface Placement {
  readonly sheet: ReportSheet;
  /** The name the sheet is written under. */
  readonly name: string;
  /** The marked sheet it replaces (same name), or null when the name is new. */
  readonly replaces: string | null;
}

/** Excel compares sheet names case-insensitively. */
function key(name: string): string {
  return name.toLocaleUpperCase("en-US");
}

/** Excel's limit on a sheet name's length. */
const MAX_SHEET_NAME = 31;

export function placeReportSheets(existing: readonly ExistingSheet[], model: ReportModel): Placement[] {
  const byName = new Map(existing.map((s) => [key(s.name), s]));
  const taken = new Set<string>(byName.keys());
  /** Names already given to a sheet of this model. */
  const claimed = new Set<string>();
  const placements: Placement[] = [];
  for (const sheet of model.sheets) {
    const same = byName.get(key(sheet.name));
    if (same === undefined || same.generated) {
      placements.push({ sheet, name: sheet.name, replaces: same ? same.name : null });
      taken.add(key(sheet.name));
      claimed.add(key(sheet.name));
      continue;
    }
    // The first suffixed name that is free, or that our own earlier run wrote
    // (a marked `進捗集計 (2)` is replaced, so reruns do not pile up (3), (4), ...).
    let n = 2;
    let name = sheet.name;
    let replaces: string | null = null;
    for (;;) {
      const suffix = ` (${n++})`;
      name = sheet.name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
      const there = byName.get(key(name));
      if (there !== undefined && there.generated && !claimed.has(key(name))) {
        replaces = there.name;
        break;
      }
      if (!taken.has(key(name))) break;
    }
    taken.add(key(name));
    claimed.add(key(name));
    placements.push({ sheet, name, replaces });
  }
  return placements;
}
