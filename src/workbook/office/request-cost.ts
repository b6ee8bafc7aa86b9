/**
 * What an Office.js request really costs, in bytes, so that requests can be
 * packed under the budget (payload.ts) without ever going over Excel's limit.
 *
 * Office.js sends a sync as one JSON body: a list of actions and a map of the
 * object paths they use. Every proxy is an object path (with an Id); every
 * statement is an action (with an Id); every object used in a request is
 * instantiated in it (an action) and its path listed in it, and re-sent in
 * each later request that uses it. A Range made under Excel.run also gets a
 * _KeepReference call and a second Instantiate. The last action using a path
 * lists its Id for early dispose (`"L":[...]`). The costs below are those
 * JSON pieces, written as templates (see test/fakes/excel/payload.ts, which
 * the fake Excel measures requests with, checked byte for byte against
 * Office.js 16.00's own request bodies):
 *
 *   ws.getRangeByIndexes(r, 0, n, 1).format.rowHeight = 30
 *     = rangeCost("getRangeByIndexes", [r, 0, n, 1])   path, Instantiate, _KeepReference, Instantiate
 *     + propertyObjectCost("format")                   path, Instantiate
 *     + setCost("rowHeight", 2)                        the set action
 *
 * Ids: Office.js takes every path's and action's Id from one counter per
 * context that keeps running across the syncs of an Excel.run, so a big
 * write's last requests carry 6- and 7-digit Ids, and an Id occurs two or
 * three times per path or action (Id, ObjectPathId, ParentObjectPathId, the
 * ObjectPaths key, L). Every cost here is computed at ID_DIGITS = 7, so an
 * estimate is never below the real size for any Id up to 9,999,999. That is
 * enough: every Id stands for a path or an action of at least ~50 bytes
 * sent, so 10 million Ids would mean some 500 MB sent in one Excel.run,
 * far beyond any report (100,000 rows send about 40 MB). Early in a run,
 * when Ids are short, the estimate is up to ~15 % high; over a big write
 * it is a few per cent.
 */
import { jsonStringBytes, jsonValueBytes } from "./payload";

/** Digits assumed for every Id (conservative: see above). */
export const ID_DIGITS = 7;
const D = ID_DIGITS;

/** An Id's mention in the early-dispose list of the last action using its path (`7,`). */
const DISPOSE_ENTRY = D + 1;
/** The early-dispose list itself (`,"L":[]`), counted on every set, call and load (the last action of a statement). */
const DISPOSE_LIST = ',"L":[]'.length - 1;

/** Instantiate action (`{"Id":2,"ActionType":1,"Name":"","ObjectPathId":1},`). */
export const INSTANTIATE_COST = '{"Id":,"ActionType":1,"Name":"","ObjectPathId":}'.length + 2 * D + 1;
/** _KeepReference call on a Range made under Excel.run. */
const KEEP_REFERENCE_COST = '{"Id":,"ActionType":3,"Name":"_KeepReference","ObjectPathId":,"ArgumentInfo":{"Arguments":[]}}'.length + 2 * D + 1;
/** Method (type 3) or indexer (type 5) path, without its name and arguments: key, Id, parent Id. */
const METHOD_PATH = '"":{"Id":,"ObjectPathType":3,"Name":"","ParentObjectPathId":,"ArgumentInfo":{"Arguments":}}'.length + 3 * D + 1;
/** Property path (type 4: format, font, fill, borders, names, worksheets, ...), without its name. */
const PROPERTY_PATH = '"":{"Id":,"ObjectPathType":4,"Name":"","ParentObjectPathId":}'.length + 3 * D + 1;
/** The workbook's path (type 1). */
const GLOBAL_PATH = '"":{"Id":,"ObjectPathType":1,"Name":""}'.length + 2 * D + 1;
/** A set or call action without name and arguments (the brackets of the argument list included). */
const SET_OR_CALL = '{"Id":,"ActionType":4,"Name":"","ObjectPathId":,"ArgumentInfo":{"Arguments":[]}}'.length + 2 * D + 1 + DISPOSE_LIST;
/** A load action without its QueryInfo. */
const QUERY = '{"Id":,"ActionType":2,"Name":"","ObjectPathId":,"QueryInfo":}'.length + 2 * D + 1 + DISPOSE_LIST;

/** Bytes of ASCII names (Office.js sends them PascalCase: same length). */
function nameBytes(name: string): number {
  return name.length;
}

/** JSON bytes of an argument list of plain values (`[0,0,1,5]`). */
export function argsBytes(args: readonly unknown[]): number {
  let n = 2 + Math.max(0, args.length - 1);
  for (const a of args) n += jsonValueBytes(a);
  return n;
}

/**
 * What every request sends besides its statements: the body around the lists
 * (`{"AutoKeepReference":false,"Actions":[],"ObjectPaths":{}}`), and the
 * workbook and its worksheets collection, instantiated again in each request.
 */
export const REQUEST_COST =
  '{"AutoKeepReference":false,"Actions":[],"ObjectPaths":{}}'.length +
  GLOBAL_PATH +
  INSTANTIATE_COST +
  DISPOSE_ENTRY +
  PROPERTY_PATH +
  nameBytes("Worksheets") +
  INSTANTIATE_COST +
  DISPOSE_ENTRY;

/** An object returned by a method (`worksheets.add(name)`, `names.add(...)`, `getItemOrNullObject(name)`): its path and Instantiate. */
export function objectCost(method: string, args: readonly unknown[]): number {
  return METHOD_PATH + nameBytes(method) + argsBytes(args) + INSTANTIATE_COST + DISPOSE_ENTRY;
}

/** An object returned by an indexer (`borders.getItem(edge)`, `worksheets.getItem(name)`): its path (no name) and Instantiate. */
export function indexerCost(args: readonly unknown[]): number {
  return objectCost("", args);
}

/**
 * A new Range (or RangeAreas) returned by a method (`getRangeByIndexes`,
 * `getCell`, `getUsedRangeOrNullObject`, `getMergedAreasOrNullObject`): under
 * Excel.run Office.js keeps it for the run, which costs a _KeepReference call
 * and a second Instantiate in the request that makes it.
 */
export function rangeCost(method: string, args: readonly unknown[]): number {
  return objectCost(method, args) + KEEP_REFERENCE_COST + INSTANTIATE_COST;
}

/** A navigation object (`range.format`, `format.font`, `format.fill`, `format.borders`, `ws.names`, `ws.freezePanes`, `ws.pageLayout`): once per object per request. */
export function propertyObjectCost(name: string): number {
  return PROPERTY_PATH + nameBytes(name) + INSTANTIATE_COST + DISPOSE_ENTRY;
}

/** A property set: the name and the value's JSON bytes (`valueBytes`). */
export function setCost(name: string, valueBytes: number): number {
  return SET_OR_CALL + nameBytes(name) + valueBytes;
}

/** A method call without a result object (`merge(false)`, `freezeRows(1)`, `delete()`). */
export function callCost(method: string, args: readonly unknown[]): number {
  return SET_OR_CALL + nameBytes(method) + argsBytes(args) - 2;
}

/** A load of a comma-separated list of properties: QueryInfo is `{"Select":["address","values"]}`. */
export function loadCost(select: string): number {
  const names = select.split(",").map((s) => s.trim().replace(/^items\//, ""));
  let list = 2 + Math.max(0, names.length - 1);
  for (const n of names) list += jsonStringBytes(n);
  return QUERY + '{"Select":}'.length + list;
}

/**
 * Length of the id Excel gives a worksheet (a GUID in braces), as JSON: once
 * a sheet's id is known, Office.js may find it by id in later requests.
 */
const SHEET_ID_BYTES = '"{00000000-0001-0000-0000-000000000000}"'.length;

/**
 * A worksheet used in a request: its path (however Office.js finds it: by
 * `add(name)`, `getItem(name)`, `getItemOrNullObject(name)`, or by id) and
 * Instantiate, sent once in every request that uses the sheet.
 */
export function worksheetCost(name: string): number {
  return objectCost("getItemOrNullObject", []) + Math.max(jsonStringBytes(name), SHEET_ID_BYTES);
}

/** The most a worksheet costs (a 31-character name of 3-byte characters), for work whose sheet is not known. */
export const ANY_WORKSHEET_COST = worksheetCost("あ".repeat(31));
