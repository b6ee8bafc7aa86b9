/**
 * The only way the pane builds markup: elements, attributes and text nodes.
 * Workbook text (sheet names, item names, finding messages with cell values)
 * goes through createTextNode / textContent, never through HTML parsing, so a
 * cell holding `<img src=x onerror=…>` shows as those characters.
 */

export type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  /** Space-separated class names. */
  readonly className?: string;
  /** Attributes (id, for, aria-*, type, …); values are set as text. */
  readonly attrs?: Readonly<Record<string, string>>;
  /** Text content (as text, never markup). */
  readonly text?: string;
}

/** Creates an HTML element with attributes, text and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className !== undefined) node.className = options.className;
  if (options.attrs !== undefined) {
    for (const [name, value] of Object.entries(options.attrs)) node.setAttribute(name, value);
  }
  if (options.text !== undefined) node.textContent = options.text;
  append(node, children);
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Creates an SVG element (for the chart); text children become text nodes as well. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string | number>> = {},
  ...children: readonly Child[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  append(node, children);
  return node;
}

function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Removes every child of a node. */
export function clear(node: Node): void {
  while (node.firstChild !== null) node.removeChild(node.firstChild);
}

/** Replaces a node's children. */
export function replaceChildren(parent: Node, ...children: readonly Child[]): void {
  clear(parent);
  append(parent, children);
}

let idCounter = 0;

/** A document-unique id for label/aria wiring. */
export function uniqueId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}
