/**
 * Builds a large part as UTF-8 bytes in blocks, instead of one giant string:
 * the sheets of a 60 k-row report hold tens of megabytes of XML, and building
 * them as strings (then encoding the whole) kept the collector busy for
 * seconds. Small strings are gathered, then encoded into the current block.
 */
const BLOCK_BYTES = 1 << 20;
/** Gathered text is encoded once it is this long. */
const PENDING_CHARS = 1 << 14;

const encoder = new TextEncoder();

export class XmlSink {
  private readonly blocks: Uint8Array[] = [];
  private block = new Uint8Array(BLOCK_BYTES);
  private used = 0;
  private pending = "";
  private size = 0;

  /** `onBlock`, when given, is handed each block as soon as it is full (and never written to again). */
  constructor(private readonly onBlock?: (block: Uint8Array) => void) {}

  write(s: string): void {
    this.pending += s;
    if (this.pending.length >= PENDING_CHARS) this.flush();
  }

  private flush(): void {
    let rest = this.pending;
    this.pending = "";
    while (rest.length > 0) {
      const { read, written } = encoder.encodeInto(rest, this.block.subarray(this.used));
      this.used += written;
      this.size += written;
      rest = read === rest.length ? "" : rest.slice(read);
      if (rest.length > 0) {
        const full = this.block.subarray(0, this.used);
        this.blocks.push(full);
        this.onBlock?.(full);
        this.block = new Uint8Array(Math.max(BLOCK_BYTES, rest.length * 3));
        this.used = 0;
      }
    }
  }

  /** Everything written, as one array. */
  bytes(): Uint8Array {
    return XmlSink.join([this]);
  }

  /** What several sinks hold, one after the other, as their blocks (nothing is copied). */
  static blocks(sinks: readonly XmlSink[]): Uint8Array[] {
    const out: Uint8Array[] = [];
    for (const s of sinks) {
      s.flush();
      out.push(...s.blocks);
      if (s.used > 0) out.push(s.block.subarray(0, s.used));
    }
    return out;
  }

  /** What several sinks hold, one after the other, as one array (one copy of each block). */
  static join(sinks: readonly XmlSink[]): Uint8Array {
    let size = 0;
    for (const s of sinks) {
      s.flush();
      size += s.size;
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const b of XmlSink.blocks(sinks)) {
      out.set(b, at);
      at += b.length;
    }
    return out;
  }
}
