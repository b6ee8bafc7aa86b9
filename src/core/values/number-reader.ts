/**
 * Reads many numbers with one scan object. The engine makes one reader per
 * run (SheetContext.numbers): a register of 100,000 indicator rows is some
 * 300,000 readings, and a scan object each was a fifth of the engine's
 * garbage (see docs/engine.md). Each reading starts by resetting the scan, so
 * nothing carries from one reading to the next; a reader is never shared
 * between runs. readNumber / findNumber called alone make their own scan.
 */
import type { CellValue } from "../grid";
import { readNumber, type NumberReading } from "./number";
import { findNumber, type FoundNumber } from "./number-find";
import { NumberScan } from "./number-scan";

export class NumberReader {
  private readonly scan = new NumberScan();

  /** readNumber: a cell's value (with its number format) as a number reading. */
  read(value: CellValue, format: string | null = null): NumberReading {
    return readNumber(value, format, this.scan);
  }

  /** findNumber: the first number inside a longer text. */
  find(text: string, from = 0): FoundNumber | null {
    return findNumber(text, from, this.scan);
  }
}
