/**
 * The request body a sync sends, measured the way real Office.js builds it
 * (ClientRequest in office-js; the JSON pieces and where they come from are
 * in payload.ts):
 *
 * - every proxy has an object path with an Id, taken from one counter per
 *   request context when the proxy is made; the counter keeps running across
 *   the syncs of one Excel.run, so a long write's Ids grow digits;
 * - a proxy is instantiated in the request where it is made, and again in
 *   every later request that uses it (its parents first); its path entry goes
 *   into that request's ObjectPaths once;
 * - a Range or RangeAreas made under Excel.run gets an Instantiate, a
 *   _KeepReference call and a second Instantiate in the request that makes it;
 * - navigation proxies (range.format, format.font, fill, borders, ...) are
 *   property paths (type 4), made when first read; borders.getItem and
 *   worksheets.getItem are indexer paths (type 5); other methods returning an
 *   object are method paths (type 3) with their arguments;
 * - a property set, a method call and a load are one action each, with a new
 *   Id, the name and the JSON of the arguments;
 * - each path's Id is listed once in the "L" (early dispose) list of the last
 *   action of the request that uses it.
 *
 * Items of a loaded collection get paths (an indexer by id or name, else
 * GetItemAt) without being instantiated; they are when used later.
 */
import {
  DISPOSE_LIST_TEMPLATE,
  ENVELOPE_TEMPLATE,
  GLOBAL_PATH_TEMPLATE,
  INSTANTIATE_TEMPLATE,
  KEEP_REFERENCE_TEMPLATE,
  METHOD_PATH_TEMPLATE,
  PROPERTY_PATH_TEMPLATE,
  QUERY_TEMPLATE,
  REFERENCED_IDS_TEMPLATE,
  SET_OR_CALL_TEMPLATE,
  digits,
  jsonBytes,
  utf8Length,
} from "./payload";

/** What a request body needs to know of a proxy. */
export interface WireObject {
  /** The object path's Id (taken when the proxy was made). */
  readonly _pathId: number;
  _path: WirePath | null;
}

/** An object path: how the host finds the object. */
export interface WirePath {
  /** 1 global (the workbook), 3 method, 4 property, 5 indexer. */
  readonly type: 1 | 3 | 4 | 5;
  /** Method or property name (PascalCase in Office.js: same length as ours); "" for type 1 and 5. */
  readonly name: string;
  /** Arguments of a type 3 or 5 path. */
  readonly args: readonly unknown[] | null;
  readonly parent: WireObject | null;
}

const INSTANTIATE = INSTANTIATE_TEMPLATE.length;
const KEEP_REFERENCE = KEEP_REFERENCE_TEMPLATE.length;
const SET_OR_CALL = SET_OR_CALL_TEMPLATE.length;
const QUERY = QUERY_TEMPLATE.length;
const DISPOSE_LIST = DISPOSE_LIST_TEMPLATE.length;

function isWireObject(v: unknown): v is WireObject {
  return typeof v === "object" && v !== null && "_pathId" in v;
}

const NONE: readonly WireObject[] = [];

/** Objects among a list of arguments (sent as their path Id). */
function argumentObjects(args: readonly unknown[] | null): readonly WireObject[] {
  if (args === null || !args.some(isWireObject)) return NONE;
  return args.filter(isWireObject);
}

/** JSON bytes of an argument list, objects written as their path Id, plus the ReferencedObjectPathIds list (0 for a plain value) when there are any. */
function argumentsBytes(args: readonly unknown[]): number {
  let n = 2 + Math.max(0, args.length - 1);
  let refs = 0;
  let objects = false;
  for (const a of args) {
    if (isWireObject(a)) {
      const d = digits(a._pathId);
      n += d;
      refs += d;
      objects = true;
    } else {
      n += jsonBytes(a);
      refs += 1;
    }
  }
  if (objects) n += REFERENCED_IDS_TEMPLATE.length + 2 + Math.max(0, args.length - 1) + refs;
  return n;
}

/** Bytes of one ObjectPaths entry (with its separating comma). */
function pathBytes(obj: WireObject): number {
  const p = obj._path!;
  const id = digits(obj._pathId);
  if (p.type === 1) return GLOBAL_PATH_TEMPLATE.length + 2 * id + 1;
  const parent = digits(p.parent!._pathId);
  if (p.type === 4) return PROPERTY_PATH_TEMPLATE.length + 2 * id + parent + utf8Length(p.name) + 1;
  return METHOD_PATH_TEMPLATE.length + 2 * id + parent + utf8Length(p.name) + argumentsBytes(p.args ?? []) + 1;
}

/** QueryInfo of a load spec as Office.js writes it: `{}`, or `{"Select":[...]}` (and `"Expand":[...]`). */
export function queryInfoBytes(spec: unknown): number {
  const clean = (list: string[]): string[] =>
    list
      .map((p) => p.trim())
      .filter((p) => p.length > 0)
      .map((p) => (/^items\/?$/i.test(p) ? "*" : /^items[/.]/i.test(p) ? p.slice(6) : p));
  const split = (v: unknown): string[] | undefined => (typeof v === "string" ? clean(v.split(",")) : Array.isArray(v) ? (v as string[]) : undefined);
  const info: Record<string, string[]> = {};
  if (typeof spec === "string" || Array.isArray(spec)) info.Select = split(spec)!;
  else if (typeof spec === "object" && spec !== null) {
    const o = spec as { select?: unknown; expand?: unknown };
    const select = split(o.select);
    const expand = split(o.expand);
    if (select) info.Select = select;
    if (expand) info.Expand = expand;
  }
  return jsonBytes(info);
}

/** One request being built. */
class PendingRequest {
  bytes = 0;
  paths = 0;
  keepReference = false;
  /** Each action's object, and the objects among its arguments. */
  readonly actions: WireObject[] = [];
  readonly actionArgs: (readonly WireObject[])[] = [];
  readonly instantiated = new Set<WireObject>();
  readonly referenced = new Set<WireObject>();
}

export class RequestBuilder {
  private lastId = 0;
  private pending = new PendingRequest();

  /** `autoCleanup`: the context is Excel.run's (Ranges are kept for the run with _KeepReference). */
  constructor(readonly autoCleanup = true) {}

  /** The next Id of this context (paths and actions share the counter). */
  nextId(): number {
    return ++this.lastId;
  }

  /** The last Id given out. */
  get currentId(): number {
    return this.lastId;
  }

  /** Continues the counter from `id` (for tests: the Ids of a long run, as calibrated with Office.js's m_nextId). */
  skipIdsTo(id: number): void {
    if (id > this.lastId) this.lastId = id;
  }

  /** A proxy was made: it is instantiated in the current request (Office.js does it in the ClientObject constructor). */
  created(obj: WireObject, keepsReference = false): void {
    const p = obj._path!;
    if (p.parent) this.ensure(p.parent);
    for (const a of argumentObjects(p.args)) this.ensure(a);
    this.instantiate(obj);
    if (keepsReference && this.autoCleanup) {
      this.action(obj, KEEP_REFERENCE, NONE);
      this.pending.keepReference = true;
      this.instantiate(obj);
    }
  }

  /** A property set: `name` and the JSON of the value. */
  set(obj: WireObject, name: string, value: unknown): void {
    this.call(obj, name, [value]);
  }

  /** A method call without a result object. */
  call(obj: WireObject, name: string, args: readonly unknown[]): void {
    const objects = argumentObjects(args);
    this.ensure(obj);
    for (const a of objects) this.ensure(a);
    // SET_OR_CALL holds the brackets of the argument list.
    this.action(obj, SET_OR_CALL + utf8Length(name) + argumentsBytes(args) - 2, objects);
  }

  /** A load. */
  query(obj: WireObject, spec: unknown): void {
    this.ensure(obj);
    this.action(obj, QUERY + queryInfoBytes(spec), NONE);
  }

  /** Operations are queued for this request. */
  get hasActions(): boolean {
    return this.pending.actions.length > 0;
  }

  /** Ends the current request: its size in bytes; the next request starts empty (the Id counter runs on). */
  take(): number {
    const r = this.pending;
    this.pending = new PendingRequest();
    if (r.actions.length === 0) return 0;
    let bytes = ENVELOPE_TEMPLATE.length + (r.keepReference ? 4 : 5) + r.bytes;
    // The separating commas were counted with every entry: one too many per list.
    bytes -= 1;
    if (r.paths > 0) bytes -= 1;
    return bytes + disposeListBytes(r.actions, r.actionArgs);
  }

  private ensure(obj: WireObject): void {
    if (this.pending.instantiated.has(obj)) return;
    const p = obj._path;
    if (p === null) return;
    if (p.parent) this.ensure(p.parent);
    for (const a of argumentObjects(p.args)) this.ensure(a);
    if (!this.pending.instantiated.has(obj)) this.instantiate(obj);
  }

  private instantiate(obj: WireObject): void {
    this.reference(obj);
    this.action(obj, INSTANTIATE, NONE);
    this.pending.instantiated.add(obj);
  }

  /** The path and its parents (and a method path's object arguments) go into ObjectPaths once. */
  private reference(obj: WireObject | null): void {
    const r = this.pending;
    while (obj !== null && !r.referenced.has(obj)) {
      const p = obj._path;
      if (p === null) return;
      r.referenced.add(obj);
      r.paths++;
      r.bytes += pathBytes(obj);
      if (p.type === 3) for (const a of argumentObjects(p.args)) this.reference(a);
      obj = p.parent;
    }
  }

  /** An action with the fixed bytes of its template: the Id, the ObjectPathId and the comma are added here. */
  private action(target: WireObject, fixed: number, args: readonly WireObject[]): void {
    const id = this.nextId();
    const r = this.pending;
    r.bytes += fixed + digits(id) + digits(target._pathId) + 1;
    r.actions.push(target);
    r.actionArgs.push(args);
  }
}

/** The "L" lists: walking the actions backwards, each path goes to the last action that uses it (itself, a child, or an argument). */
function disposeListBytes(actions: readonly WireObject[], actionArgs: readonly (readonly WireObject[])[]): number {
  const seen = new Set<WireObject>();
  let bytes = 0;
  let listed = 0;
  const mark = (obj: WireObject | null): void => {
    while (obj !== null && obj._path !== null && !seen.has(obj)) {
      seen.add(obj);
      listed++;
      bytes += digits(obj._pathId) + 1;
      for (const a of argumentObjects(obj._path.args)) mark(a);
      obj = obj._path.parent;
    }
  };
  for (let i = actions.length - 1; i >= 0; i--) {
    const before = listed;
    mark(actions[i]);
    for (const a of actionArgs[i]) mark(a);
    // `,"L":[` + ids joined by commas + `]`: the template, plus each id and its comma, minus one comma.
    if (listed > before) bytes += DISPOSE_LIST - 1;
  }
  return bytes;
}
