/** FNV-1a (32 bits) of the bytes and their length, as "fnv1a32:<8 hex digits>:<length>". */
export function fingerprint(input: ArrayBuffer | ArrayBufferView): string;
