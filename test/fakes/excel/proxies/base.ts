/**
 * The proxy machinery every fake Excel object shares, modelled on
 * OfficeExtension.ClientObject:
 *
 * - setting a property or calling a method queues an operation; nothing
 *   touches the workbook until `context.sync()`;
 * - `load()` queues a read; the values arrive at sync and are snapshots of
 *   that moment; reading a property that was not loaded (and synced) throws
 *   `PropertyNotLoaded`, as Office.js does;
 * - objects returned by methods are bound to their workbook object when their
 *   creating operation runs (so `*OrNullObject` learns it is null only at sync;
 *   reading `isNullObject` before that throws); navigation properties
 *   (`range.format.font`) derive their target from their parent;
 * - a method call or property set on a null object fails at sync with
 *   ItemNotFound (stricter than needed, so the adapter never relies on it);
 * - every proxy has an object path, and every set, call and load is
 *   recorded in the context's RequestBuilder as Office.js would send it, so
 *   that a request's size is measured as the real one (request.ts).
 */
import { FakeOfficeError, notLoaded } from "../errors";
import type { FakeRequestContext } from "../context";
import type { WireObject, WirePath } from "../request";

export const UNBOUND: unique symbol = Symbol("unbound");

/** The result of one load: its JSON (for the response size) and how to hand it to the proxies. */
export interface Loaded {
  readonly json: unknown;
  readonly deliver: () => void;
}

export type LoadSpec = string | string[] | { select?: string; expand?: string } | undefined;

/** Office.js names of navigation properties (property paths), by the proxy's type. */
const PROPERTY_NAMES: Readonly<Record<string, string>> = {
  RangeFormat: "Format",
  RangeFont: "Font",
  RangeFill: "Fill",
  RangeBorderCollection: "Borders",
  NamedItemCollection: "Names",
  WorksheetCollection: "Worksheets",
  WorksheetFreezePanes: "FreezePanes",
  PageLayout: "PageLayout",
  RangeCollection: "Areas",
  TableCollection: "Tables",
  ChartCollection: "Charts",
  ChartTitle: "Title",
  ChartLegend: "Legend",
  ChartDataLabels: "DataLabels",
  ChartDataLabelFormat: "Format",
  ChartFont: "Font",
  ChartAxes: "Axes",
  ChartAxis: "CategoryAxis",
  ChartSeriesCollection: "Series",
  ChartSeriesFormat: "Format",
  ChartFill: "Fill",
};

/** Methods whose object is an indexer path in Office.js (type 5, no name). */
const INDEXERS = new Set(["WorksheetCollection.getItem", "NamedItemCollection.getItem", "RangeBorderCollection.getItem", "TableCollection.getItem"]);

/** Objects Office.js keeps for the whole Excel.run (they have _KeepReference). */
const KEPT_TYPES = new Set(["Range", "RangeAreas"]);

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function propertyPath(obj: FakeClientObject, parent: FakeClientObject): WirePath {
  return { type: 4, name: PROPERTY_NAMES[obj._type] ?? pascal(obj._type), args: null, parent };
}

export function parseLoadSpec(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  let parts: string[];
  if (typeof spec === "string") parts = spec.split(",");
  else if (Array.isArray(spec)) parts = spec.flatMap((s) => s.split(","));
  else parts = [...(spec.select ?? "").split(","), ...(spec.expand ?? "").split(",")];
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

export abstract class FakeClientObject implements WireObject {
  /** Marks proxies for the payload measure (they serialize as a reference). */
  readonly _isProxy = true;
  _target: unknown = UNBOUND;
  _isNull: boolean | undefined = undefined;
  readonly _loaded = new Map<string, unknown>();
  /** Office.js object path Id, from the context's counter when the proxy is made. */
  readonly _pathId: number;
  /** How the request finds this object (set when the proxy is made by a method, or by its parent for navigation). */
  _path: WirePath | null = null;

  constructor(
    readonly context: FakeRequestContext,
    protected readonly _parent: FakeClientObject | null = null,
  ) {
    this._pathId = context._wire.nextId();
    if (_parent !== null) {
      // A navigation proxy is made when first read, with its path (Office.js instantiates it at once).
      this._path = propertyPath(this, _parent);
      context._wire.created(this);
    }
  }

  /** The path of an item of a loaded collection: an indexer by key when there is one, else GetItemAt(index). */
  _setItemPath(collection: FakeClientObject, key: string | null, index: number): void {
    this._path = key !== null ? { type: 5, name: "", args: [key], parent: collection } : { type: 3, name: "GetItemAt", args: [index], parent: collection };
  }

  /** Name used in error locations (`Range`, `Worksheet`, ...). */
  abstract get _type(): string;
  /** Scalar properties load() without arguments returns, and that may be loaded by name. */
  protected abstract get _scalars(): readonly string[];
  /** Navigation properties (child proxies) by name. */
  protected _nav(_name: string): FakeClientObject | undefined {
    return undefined;
  }
  /** The workbook object this navigation proxy stands for, given its parent's. */
  protected _derive(parentTarget: unknown): unknown {
    return parentTarget;
  }
  /** Reads one scalar property off the workbook object (at sync time). */
  protected abstract _read(target: unknown, prop: string): unknown;
  /** ExcelApi version this object needs (checked whenever an operation touches it). */
  protected get _requires(): string | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw notLoaded(this._type, "isNullObject");
    return this._isNull;
  }

  /** The workbook object, or null for a null object. Throws when the creating operation has not run. */
  _resolve(): unknown {
    const req = this._requires;
    if (req !== undefined) this.context._engine.require(req, this._type);
    if (this._target !== UNBOUND) return this._target;
    if (this._parent !== null) {
      const pt = this._parent._resolve();
      return pt === null ? null : this._derive(pt);
    }
    throw new FakeOfficeError("InvalidObjectPath", `The object path '${this._type}' isn't working for what you're trying to do.`, this._type);
  }

  /** The workbook object for a method call or a set: a null or deleted object fails. */
  protected _live(what: string): unknown {
    const t = this._resolve();
    if (t === null) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", `${this._type}.${what}`);
    this._checkAlive(t, what);
    return t;
  }

  /** Fails when the object was deleted since it was bound (a deleted worksheet, ...). */
  protected _checkAlive(_target: unknown, _what: string): void {}

  /** Reads a loaded property; throws PropertyNotLoaded when it was not loaded. A null object reads undefined. */
  protected _get<T>(prop: string): T {
    if (this._isNull === true) return undefined as T;
    if (!this._loaded.has(prop)) throw notLoaded(this._type, prop);
    return this._loaded.get(prop) as T;
  }

  /** Queues a property set. The local value is updated at once, as Office.js does. */
  protected _set(prop: string, value: unknown, apply: (target: unknown) => void, requires?: string): void {
    this._loaded.set(prop, value);
    this.context._enqueue({
      label: `${this._type}.${prop}=`,
      args: [value],
      run: () => {
        if (requires !== undefined) this.context._engine.require(requires, `${this._type}.${prop}`);
        apply(this._live(prop));
      },
    });
    this.context._wire.set(this, pascal(prop), value);
  }

  /** Queues a method call without a result object. */
  protected _call(method: string, args: unknown[], apply: (target: unknown) => void, requires?: string): void {
    this.context._enqueue({
      label: `${this._type}.${method}`,
      args,
      run: () => {
        if (requires !== undefined) this.context._engine.require(requires, `${this._type}.${method}`);
        apply(this._live(method));
      },
    });
    this.context._wire.call(this, pascal(method), args);
  }

  /**
   * Queues a method that returns an object: `obj` is bound when the operation
   * runs. `orNull` methods bind null instead of failing when compute gives null.
   */
  protected _make<T extends FakeClientObject>(
    method: string,
    args: unknown[],
    obj: T,
    compute: (target: unknown) => unknown,
    options: { requires?: string; orNull?: boolean; notFound?: string } = {},
  ): T {
    this.context._enqueue({
      label: `${this._type}.${method}`,
      args,
      run: () => {
        if (options.requires !== undefined) this.context._engine.require(options.requires, `${this._type}.${method}`);
        const parent = this._resolve();
        if (parent === null) {
          if (options.orNull && this.context._engine.nullChains === "propagate") {
            this.context._bind(obj, null);
            return;
          }
          throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", `${this._type}.${method}`);
        }
        this._checkAlive(parent, method);
        const t = compute(parent);
        if (t === null && !options.orNull) {
          throw new FakeOfficeError("ItemNotFound", options.notFound ?? "The requested resource doesn't exist.", `${this._type}.${method}`);
        }
        this.context._bind(obj, t);
      },
    });
    const indexer = INDEXERS.has(`${this._type}.${method}`);
    obj._path = { type: indexer ? 5 : 3, name: indexer ? "" : pascal(method), args, parent: this };
    this.context._wire.created(obj, KEPT_TYPES.has(obj._type));
    return obj;
  }

  load(spec?: LoadSpec): this {
    const paths = parseLoadSpec(spec);
    this.context._enqueue({
      label: `${this._type}.load`,
      args: [paths],
      load: true,
      run: () => {
        const t = this._resolve();
        if (t === null) return { json: null, deliver: () => undefined };
        this._checkAlive(t, "load");
        return this._loadNow(t, paths);
      },
    });
    this.context._wire.query(this, spec);
    return this;
  }

  /** Computes a load now (inside the operation): scalars, navigation paths (`format/font/bold`). */
  _loadNow(target: unknown, paths: readonly string[]): Loaded {
    const wanted = paths.length === 0 ? [...this._scalars] : paths;
    const json: Record<string, unknown> = {};
    const deliveries: (() => void)[] = [];
    const byNav = new Map<string, string[]>();
    for (const path of wanted) {
      const slash = path.indexOf("/");
      const head = slash < 0 ? path : path.slice(0, slash);
      const rest = slash < 0 ? "" : path.slice(slash + 1);
      if (rest === "" && this._scalars.includes(head)) {
        const v = this._read(target, head);
        json[head] = v;
        deliveries.push(() => this._loaded.set(head, v));
        continue;
      }
      const child = this._nav(head);
      if (child === undefined) {
        throw new FakeOfficeError("InvalidArgument", `The property '${path}' does not exist on ${this._type}.`, `${this._type}.load`);
      }
      const list = byNav.get(head) ?? [];
      if (rest !== "") list.push(rest);
      byNav.set(head, list);
    }
    for (const [head, rest] of byNav) {
      const child = this._nav(head) as FakeClientObject;
      const ct = child._resolve();
      if (ct === null) continue;
      const r = child._loadNow(ct, rest);
      json[head] = r.json;
      deliveries.push(r.deliver);
    }
    return { json, deliver: () => deliveries.forEach((d) => d()) };
  }

  /** Plain data of what was loaded (Office.js objects have toJSON too). */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

/** A collection: `load("items/name")` or `load("name")` both load the items' names. */
export abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  protected get _scalars(): readonly string[] {
    return [];
  }
  protected _read(_target: unknown, prop: string): unknown {
    throw new FakeOfficeError("InvalidArgument", `The property '${prop}' does not exist.`, this._type);
  }
  /** The elements of the workbook collection, and a proxy bound to each. */
  protected abstract _elements(target: unknown): unknown[];
  protected abstract _itemProxy(element: unknown): T;
  /** The key Office.js finds an item by (a worksheet's id, a name's name); null: by index (GetItemAt). */
  protected _itemKey(_element: unknown): string | null {
    return null;
  }

  get items(): T[] {
    return this._get<T[]>("items");
  }

  override _loadNow(target: unknown, paths: readonly string[]): Loaded {
    const itemPaths = paths
      .map((p) => (p === "items" ? "" : p.startsWith("items/") ? p.slice(6) : p))
      .filter((p) => p !== "");
    const elements = this._elements(target);
    const items: T[] = [];
    const jsons: unknown[] = [];
    const deliveries: (() => void)[] = [];
    elements.forEach((el, index) => {
      const proxy = this._itemProxy(el);
      proxy._setItemPath(this, this._itemKey(el), index);
      proxy._target = el;
      proxy._isNull = false;
      const r = proxy._loadNow(el, itemPaths);
      items.push(proxy);
      jsons.push(r.json);
      deliveries.push(r.deliver);
    });
    return {
      json: { items: jsons },
      deliver: () => {
        deliveries.forEach((d) => d());
        this._loaded.set("items", items);
      },
    };
  }
}
