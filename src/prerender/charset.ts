/// <reference types="node" />
/**
 * Pages on disk come in the charset they declare. The CLI reads a page in its
 * charset and writes it back in the same one; a charset it cannot write back
 * (the multi-byte legacy ones) is refused with a clear message, never
 * silently corrupted.
 */

export interface DecodedPage {
  readonly text: string;
  /** The WHATWG name of the page's encoding (`utf-8`, `utf-16le`, `windows-1252`, …). */
  readonly encoding: string;
  readonly byteOrderMark: boolean;
}

/** Legacy charsets of more than one byte per character: text in them is read fine, but ours can't be written back. */
const MULTI_BYTE = new Set(['shift_jis', 'euc-jp', 'iso-2022-jp', 'gbk', 'gb18030', 'big5', 'euc-kr']);

/** The charset a page declares in its first 1024 bytes (`<meta charset>` or `http-equiv="content-type"`). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  for (const [meta] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = /\bcharset\s*=\s*["']?\s*([^\s"';/>]+)/i.exec(meta)?.[1];
    if (charset) return charset;
  }
  return undefined;
}

export function decodePage(bytes: Uint8Array, name: string): DecodedPage {
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 'utf-8'
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'utf-16be'
          : undefined;
  const label = bom ?? declaredCharset(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new Error(`${name} declares the charset "${label}", which is not one a browser knows; convert the page to UTF-8 first`);
  }
  const { encoding } = decoder;
  if (MULTI_BYTE.has(encoding)) {
    throw new Error(`${name} is in ${encoding}, which the prerender can't write back; convert the page to UTF-8 first (for example: iconv -f ${encoding} -t utf-8)`);
  }
  // A page that declares UTF-16 without a byte order mark is read by browsers as UTF-8 (the declaration is ignored).
  const effective = !bom && encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  try {
    return {
      text: new TextDecoder(effective, { fatal: true, ignoreBOM: false }).decode(bytes),
      encoding: effective,
      byteOrderMark: bom !== undefined,
    };
  } catch {
    throw new Error(
      `${name} is not valid ${effective}${bom || declaredCharset(bytes) ? '' : ' (it declares no charset)'}; declare its charset with <meta charset="…">, or convert it to UTF-8`,
    );
  }
}

/** The page's text in its own encoding: characters a single-byte charset lacks become character references. */
export function encodePage(text: string, { encoding, byteOrderMark }: DecodedPage): Uint8Array {
  if (encoding === 'utf-8') return Buffer.from(byteOrderMark ? `\ufeff${text}` : text, 'utf8');
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const bytes = Buffer.from(`\ufeff${text}`, 'utf16le');
    return encoding === 'utf-16be' ? bytes.swap16() : bytes;
  }
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 255; byte >= 0; byte--) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  const out: number[] = [];
  for (const character of text) {
    const byte = table.get(character);
    if (byte !== undefined) out.push(byte);
    else for (const ascii of `&#x${character.codePointAt(0)!.toString(16)};`) out.push(ascii.charCodeAt(0));
  }
  return Uint8Array.from(out);
}
