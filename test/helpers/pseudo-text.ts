/**
 * Bytes of pseudo-random lowercase text, the same for the same seed: input
 * that deflates only moderately (about 2:1 to 4:1 over `letters` letters),
 * for the zip and deflate tests.
 */
export function pseudoText(n: number, seed = 1, letters = 20): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = 97 + ((x >>> 16) % letters);
  }
  return out;
}
