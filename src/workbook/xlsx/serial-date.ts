/**
 * `t="d"` cells hold an ISO 8601 date (`2015-03-31T00:00:00Z`); the engine
 * expects Excel serial numbers (what `t="n"` date cells and Office.js give),
 * in the workbook's own date system.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/;
const MS_PER_DAY = 86400000;
/** Serial of 1970-01-01 in the 1900 system. */
const UNIX_EPOCH = 25569;
/** 1904 system serials are this many days smaller. */
const DAYS_1900_TO_1904 = 1462;

/** Excel serial number of an ISO date-time, or null when it is not one. */
export function isoToSerial(iso: string, date1904: boolean): number | null {
  const m = ISO.exec(iso.trim());
  if (m === null) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)) +
    Math.round(Number(m[6] ?? 0) * 1000);
  let serial = ms / MS_PER_DAY + UNIX_EPOCH;
  // Excel counts a 1900-02-29 that never was: serials before 1900-03-01 are one smaller.
  if (serial < 61) serial -= 1;
  return date1904 ? serial - DAYS_1900_TO_1904 : serial;
}
