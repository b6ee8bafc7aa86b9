/**
 * Excel tables (ListObjects): a worksheet's TableCollection and Table, with
 * the ranges of a table (whole, header row, data body, totals row).
 *
 * Items of a loaded collection are found by id (an indexer path, as
 * Office.js does for collections whose items have an id). What Excel does
 * with getTotalRowRange / getHeaderRowRange on a table that does not show
 * that row is not documented; the fake fails the request (ItemNotFound), so
 * that the adapter never relies on it.
 */
import { FakeOfficeError } from "../errors";
import type { FakeSheet, FakeTable, FakeWorkbook } from "../state";
import { FakeClientObject, FakeCollection } from "./base";
import { RangeProxy, type RangeTarget } from "./range";
import type { Rect } from "../address";

export interface TableTarget {
  readonly sheet: FakeSheet;
  readonly table: FakeTable;
}

export class TableCollectionProxy extends FakeCollection<TableProxy> {
  get _type(): string {
    return "TableCollection";
  }
  protected _elements(target: unknown): unknown[] {
    const sheet = target as FakeSheet;
    return sheet.tables.map((table) => ({ sheet, table }) satisfies TableTarget);
  }
  protected _itemProxy(): TableProxy {
    return new TableProxy(this.context);
  }
  protected override _itemKey(element: unknown): string {
    return (element as TableTarget).table.id;
  }

  /** By name (case-insensitive) or id. */
  getItem(key: string): TableProxy {
    return this._make("getItem", [key], new TableProxy(this.context), (t) => {
      const sheet = t as FakeSheet;
      const k = key.toLocaleUpperCase("en-US");
      const table = sheet.tables.find((x) => x.id === key || x.name.toLocaleUpperCase("en-US") === k);
      return table ? ({ sheet, table } satisfies TableTarget) : null;
    });
  }
}

export class TableProxy extends FakeClientObject {
  get _type(): string {
    return "Table";
  }
  protected get _scalars(): readonly string[] {
    return ["id", "name", "showHeaders", "showTotals"];
  }
  private get wb(): FakeWorkbook {
    return this.context._engine.workbook;
  }
  protected override _checkAlive(target: unknown, what: string): void {
    const { sheet, table } = target as TableTarget;
    if (!this.wb.sheets.includes(sheet) || !sheet.tables.includes(table)) {
      throw new FakeOfficeError("ItemNotFound", "The table has been deleted.", `Table.${what}`);
    }
  }
  protected _read(target: unknown, prop: string): unknown {
    const { table } = target as TableTarget;
    switch (prop) {
      case "id":
        return table.id;
      case "name":
        return table.name;
      case "showHeaders":
        return table.showHeaders;
      case "showTotals":
        return table.showTotals;
    }
    return undefined;
  }

  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  get showTotals(): boolean {
    return this._get("showTotals");
  }

  private range(method: string, rect: (t: FakeTable) => Rect | null): RangeProxy {
    return this._make(
      method,
      [],
      new RangeProxy(this.context),
      (t) => {
        const { sheet, table } = t as TableTarget;
        const r = rect(table);
        return r === null ? null : ({ sheet, rect: r } satisfies RangeTarget);
      },
      { notFound: `The table does not show that row (Table.${method}).` },
    );
  }

  /** The whole table. */
  getRange(): RangeProxy {
    return this.range("getRange", (t) => ({ ...t.rect }));
  }

  getHeaderRowRange(): RangeProxy {
    return this.range("getHeaderRowRange", (t) => (t.showHeaders ? { ...t.rect, bottom: t.rect.top } : null));
  }

  /** The rows between the header and totals rows. */
  getDataBodyRange(): RangeProxy {
    return this.range("getDataBodyRange", (t) => ({
      ...t.rect,
      top: t.rect.top + (t.showHeaders ? 1 : 0),
      bottom: t.rect.bottom - (t.showTotals ? 1 : 0),
    }));
  }

  /** The totals row (the table's last row); fails when the table does not show it. */
  getTotalRowRange(): RangeProxy {
    return this.range("getTotalRowRange", (t) => (t.showTotals ? { ...t.rect, top: t.rect.bottom } : null));
  }
}
