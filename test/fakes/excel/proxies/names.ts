/** Defined names, workbook- or worksheet-scoped (NamedItemCollection, NamedItem). */
import { fullAddress } from "../address";
import type { FakeRequestContext } from "../context";
import { FakeOfficeError } from "../errors";
import type { FakeName, FakeSheet, FakeWorkbook } from "../state";
import { FakeClientObject, FakeCollection } from "./base";
import { RangeProxy, type RangeTarget } from "./range";

/** The workbook or the sheet whose `names` list this is. */
type Owner = FakeWorkbook | FakeSheet;

interface NameTarget {
  readonly owner: Owner;
  readonly item: FakeName;
}

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

function validateName(name: unknown): string {
  if (typeof name !== "string" || name.length === 0 || name.length > 255 || !NAME.test(name) || /^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[RrCc]$/.test(name)) {
    throw new FakeOfficeError("InvalidArgument", `The name ${JSON.stringify(name)} is not valid.`, "NamedItemCollection.add");
  }
  return name;
}

function find(owner: Owner, name: string): FakeName | undefined {
  const k = name.toLocaleUpperCase("en-US");
  return owner.names.find((n) => n.name.toLocaleUpperCase("en-US") === k);
}

export class NamedItemCollectionProxy extends FakeCollection<NamedItemProxy> {
  constructor(
    context: FakeRequestContext,
    parent: FakeClientObject,
    private readonly needs?: string,
  ) {
    super(context, parent);
  }
  get _type(): string {
    return "NamedItemCollection";
  }
  protected override get _requires(): string | undefined {
    return this.needs;
  }
  protected _elements(target: unknown): unknown[] {
    const owner = target as Owner;
    return owner.names.map((item) => ({ owner, item }) satisfies NameTarget);
  }
  protected _itemProxy(): NamedItemProxy {
    return new NamedItemProxy(this.context);
  }
  protected override _itemKey(element: unknown): string {
    return (element as NameTarget).item.name;
  }

  /** Adds a name referring to a formula (`="shinchoku"`) or a range. */
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    return this._make("add", [name, reference, comment ?? null], new NamedItemProxy(this.context), (t) => {
      const owner = t as Owner;
      validateName(name);
      if (find(owner, name)) throw new FakeOfficeError("ItemAlreadyExists", `The name ${name} already exists.`, "NamedItemCollection.add");
      let formula: string;
      if (reference instanceof RangeProxy) {
        const rt = reference._resolve() as RangeTarget | null;
        if (rt === null) throw new FakeOfficeError("InvalidArgument", "The reference is a null range.", "NamedItemCollection.add");
        formula = "=" + fullAddress(rt.sheet.name, rt.rect).replace(/([A-Z]+)([0-9]+)/g, "$$$1$$$2");
      } else if (typeof reference === "string" && reference.length > 0) {
        formula = reference.startsWith("=") ? reference : "=" + reference;
      } else {
        throw new FakeOfficeError("InvalidArgument", "A name needs a reference.", "NamedItemCollection.add");
      }
      const item: FakeName = { name, formula, visible: true, comment: comment ?? "" };
      owner.names.push(item);
      return { owner, item } satisfies NameTarget;
    });
  }

  getItem(name: string): NamedItemProxy {
    return this._make("getItem", [name], new NamedItemProxy(this.context), (t) => {
      const item = find(t as Owner, name);
      return item ? { owner: t as Owner, item } : null;
    });
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return this._make(
      "getItemOrNullObject",
      [name],
      new NamedItemProxy(this.context),
      (t) => {
        const item = find(t as Owner, name);
        return item ? { owner: t as Owner, item } : null;
      },
      { orNull: true, requires: "1.4" },
    );
  }
}

export class NamedItemProxy extends FakeClientObject {
  get _type(): string {
    return "NamedItem";
  }
  protected get _scalars(): readonly string[] {
    return ["name", "formula", "visible", "type", "value", "comment"];
  }
  protected override _checkAlive(target: unknown, what: string): void {
    const { owner, item } = target as NameTarget;
    if (!owner.names.includes(item)) throw new FakeOfficeError("ItemNotFound", "The name has been deleted.", `NamedItem.${what}`);
  }
  protected _read(target: unknown, prop: string): unknown {
    const { item } = target as NameTarget;
    const str = /^="((?:[^"]|"")*)"$/.exec(item.formula);
    switch (prop) {
      case "name":
        return item.name;
      case "formula":
        return item.formula;
      case "visible":
        return item.visible;
      case "comment":
        return item.comment;
      case "type":
        return str ? "String" : /^=[+-]?[0-9.]+$/.test(item.formula) ? "Double" : "Range";
      case "value":
        return str ? str[1].replace(/""/g, '"') : item.formula.slice(1);
    }
    return undefined;
  }
  get name(): string {
    return this._get("name");
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(v: string) {
    this._set("formula", v, (t) => {
      (t as NameTarget).item.formula = v.startsWith("=") ? v : "=" + v;
    });
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v, (t) => {
      if (typeof v !== "boolean") throw new FakeOfficeError("InvalidArgument", "visible is a boolean.", "NamedItem.visible");
      (t as NameTarget).item.visible = v;
    });
  }
  get type(): string {
    return this._get("type");
  }
  get value(): unknown {
    return this._get("value");
  }
  get comment(): string {
    return this._get("comment");
  }
  delete(): void {
    this._call("delete", [], (t) => {
      const { owner, item } = t as NameTarget;
      owner.names.splice(owner.names.indexOf(item), 1);
    });
  }
}
