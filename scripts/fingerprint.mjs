// The fingerprint of a dataset file's bytes: FNV-1a (32 bits) of every byte, and the length.
// The build (scripts/prerender.mjs) records the fingerprint of the dataset it drew; the entry
// (src/app/first-screen.ts) computes it again on the bytes it fetched, and shows the prerendered
// screen only when the two are equal. Not a cryptographic hash: it tells a replaced or revised
// file from the one the build drew, which is all it is for.

/**
 * @param {ArrayBuffer | ArrayBufferView} input
 * @returns {string} e.g. "fnv1a32:1a2b3c4d:61878"
 */
export function fingerprint(input) {
  const bytes = input instanceof Uint8Array ? input : ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i];
    hash = Math.imul(hash, 0x01000193);
  }
  return `fnv1a32:${(hash >>> 0).toString(16).padStart(8, '0')}:${bytes.length}`;
}
