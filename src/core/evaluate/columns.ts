/**
 * Typed columns: what the evaluation keeps of every entry and indicator row,
 * one column per value, by row index. Each column states what it holds and
 * how "none" is kept, so that no caller decodes NaNs or bit fields.
 *
 * Why columns and not one object per row: an object a run keeps is copied by
 * the young generation's GC and lands on fresh heap pages, which cost more
 * than what is computed for the row; typed arrays are neither scanned nor
 * copied (see docs/engine.md).
 */

/** One of a fixed list of choices per row (a status, a kind, a level of a scale), or null. */
export class ChoiceColumn<T> {
  /** Per row: 1 + the index of its choice in `choices`; 0 = null. */
  private readonly codes: Uint8Array;

  constructor(
    readonly choices: readonly T[],
    size: number,
  ) {
    if (choices.length > 254) throw new Error("ChoiceColumn: at most 254 choices");
    this.codes = new Uint8Array(size);
  }

  /** Sets row i to `value`, one of `choices` (or null). */
  set(i: number, value: T | null): void {
    // indexOf: the lists are short (a scale, five statuses), and their strings are compared by reference first.
    this.codes[i] = value === null ? 0 : this.choices.indexOf(value) + 1;
  }

  get(i: number): T | null {
    const c = this.codes[i];
    return c === 0 ? null : this.choices[c - 1];
  }

  /** The index of row i's choice in `choices`; −1 when null. */
  indexAt(i: number): number {
    return this.codes[i] - 1;
  }
}

/**
 * A number or null per row. Null is kept as NaN, so a NaN set reads back as
 * null: no value the evaluation computes is NaN (see achievement.ts).
 */
export class NumberColumn {
  private readonly values: Float64Array;

  constructor(size: number) {
    this.values = new Float64Array(size).fill(NaN);
  }

  set(i: number, value: number | null): void {
    this.values[i] = value === null ? NaN : value;
  }

  get(i: number): number | null {
    const v = this.values[i];
    return v !== v ? null : v;
  }
}

/** A true / false per row (false until set). */
export class FlagColumn {
  private readonly flags: Uint8Array;

  constructor(size: number) {
    this.flags = new Uint8Array(size);
  }

  set(i: number, value: boolean): void {
    this.flags[i] = value ? 1 : 0;
  }

  get(i: number): boolean {
    return this.flags[i] === 1;
  }
}

/** A text or null per row, from a small set of distinct texts (units): each distinct text kept once. */
export class TextColumn {
  /** Per row: 1 + the index of its text in `texts`; 0 = null. */
  private readonly codes: Int32Array;
  private readonly texts: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(size: number) {
    this.codes = new Int32Array(size);
  }

  set(i: number, value: string | null): void {
    if (value === null) {
      this.codes[i] = 0;
      return;
    }
    let k = this.index.get(value);
    if (k === undefined) {
      k = this.texts.length;
      this.texts.push(value);
      this.index.set(value, k);
    }
    this.codes[i] = k + 1;
  }

  get(i: number): string | null {
    const c = this.codes[i];
    return c === 0 ? null : this.texts[c - 1];
  }

  /** The distinct texts met, in order of first use. */
  get distinct(): readonly string[] {
    return this.texts;
  }
}

/** A value that few rows have (a re-listing, an override reason): a default for the rest. */
export class SparseColumn<T> {
  private readonly values = new Map<number, T>();

  constructor(private readonly none: T) {}

  set(i: number, value: T): void {
    if (value !== this.none) this.values.set(i, value);
    else if (this.values.size !== 0) this.values.delete(i);
  }

  get(i: number): T {
    if (this.values.size === 0) return this.none;
    const v = this.values.get(i);
    return v === undefined ? this.none : v;
  }
}
