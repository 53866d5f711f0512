import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/**
 * The example wordings ship deflated and in base64 (see `example-wordings.ts`): as a JavaScript
 * object the popup carried the thinned ones at 91 kB, packed at 44 kB, which left the popup's
 * budget room for all of the corpus's (session 34: 165 kB as an object, 73 kB packed). They are
 * unpacked once per page; in Node that took 1.5–2 ms once the code was warm and up to about 40 ms
 * the first time. The concept lexicon ships the same way since session 35 (87 kB as objects, 40 kB
 * packed; see `bundled-concept-detector.ts`).
 */

/** Base64 of `bytes`, written in slices: `String.fromCharCode` takes a bounded argument list. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/** The bytes a base64 text spells. */
function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** `value` as JSON, deflated at the highest level and written in base64 (`npm run fit:matcher`). */
export function packJson(value: unknown): string {
  return toBase64(deflateSync(strToU8(JSON.stringify(value)), { level: 9 }));
}

/**
 * The text of a packed file the popup imports (`{ about, packed }`, one line): `about` says where
 * it comes from, `packed` is `value` as {@link packJson} packs it.
 */
export function packedJsonFile(about: string, value: unknown): string {
  return `${JSON.stringify({ about, packed: packJson(value) })}\n`;
}

/** The value {@link packJson} packed. Throws on text that is not such a pack. */
export function unpackJson(packed: string): unknown {
  return JSON.parse(strFromU8(inflateSync(fromBase64(packed))));
}
