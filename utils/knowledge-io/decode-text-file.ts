/** A text file's content, and the encoding it was read in (shown in the import preview). */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis';
}

/**
 * Reads the bytes of a text file the way spreadsheets save them: UTF-8 with or without BOM (Excel's
 * "CSV UTF-8"), UTF-16 with BOM (Excel's "Unicode text"), or, when the bytes are not UTF-8, Shift_JIS
 * (what Excel on Japanese Windows writes as plain "CSV"). Decoding is strict: bytes that fit none of
 * these give `undefined` instead of text full of replacement characters.
 * @returns the text without its BOM, or `undefined` when the bytes are not text
 */
export function decodeTextFile(bytes: Uint8Array): DecodedText | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes.subarray(2), 'utf-16be');
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf8 = decode(hasBom ? bytes.subarray(3) : bytes, 'utf-8');
  if (utf8 || hasBom) return utf8;
  return decode(bytes, 'shift_jis');
}

function decode(bytes: Uint8Array, encoding: DecodedText['encoding']): DecodedText | undefined {
  let text: string;
  try {
    // `ignoreBOM` keeps a second BOM as text: it is content then, and the parser sees it.
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
  // NUL never appears in a spreadsheet's text; it means a binary file that happened to decode.
  if (text.includes('\u0000')) return undefined;
  return { text, encoding };
}

/**
 * Whether bytes look like a ZIP archive (an `.xlsx` is one): then a file named `.csv` is really
 * a workbook, and the user gets told so instead of a screen of syntax errors.
 */
export function isZipArchive(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
