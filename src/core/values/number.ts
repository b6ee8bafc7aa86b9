/** Japanese numbers as staff write them (contract §3). STUB — the values work fills this in. */
import type { CellValue } from "../grid";

export type NumberReading =
  | {
      readonly ok: true;
      /** The number; percentages stay in points (90％ → 90). */
      readonly value: number;
      /** Unit split off (件, 人, 団体, 円, 回, 時間, 千円 → 円 after scaling, ...); `%` for percentages; null when bare. */
      readonly unit: string | null;
      readonly percent: boolean;
    }
  | {
      readonly ok: false;
      /** empty: blank cell; error: an Excel error value; unreadable: text that is not a number. */
      readonly reason: "empty" | "error" | "unreadable";
      /** The cell as text (`#N/A`, `未集計`). */
      readonly text: string;
    };

export function readNumber(_value: CellValue): NumberReading {
  throw new Error("not implemented");
}
