/**
 * A part's bytes as text: UTF-8, or UTF-16 told by its byte-order mark or by
 * how `<?` is encoded (XML 1.0, appendix F). Its own module, with no other
 * import, so that a part check on a worker thread (cli/part-check-worker.ts)
 * decodes exactly as the package does and loads nothing else.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] === 0x3f) {
    return new TextDecoder("utf-16be").decode(bytes);
  }
  if (bytes.length >= 4 && bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] === 0x3f && bytes[3] === 0) {
    return new TextDecoder("utf-16le").decode(bytes);
  }
  // UTF-8; TextDecoder drops a byte-order mark (what fflate's strFromU8, used here before, did too).
  return new TextDecoder().decode(bytes);
}
