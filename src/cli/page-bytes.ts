/**
 * A page file's bytes before they are decoded: gzip undone (crawls are stored gzipped, whatever the
 * file is called), and what is not a page at all (an empty file, an image, an executable) refused
 * with a reason, so that no junk reaches `text` and the run exits non-zero.
 */
import { gunzipSync } from 'node:zlib';

/** A gzip stream starts with these bytes (RFC 1952: ID1, ID2, and CM 8 = deflate). */
const GZIP_MAGIC = [0x1f, 0x8b, 0x08];

/** Decompressed pages larger than this are refused: no article is near it, a gzip bomb is. */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

/** The MIME sniffing standard looks at this many bytes to tell text from binary. */
const SNIFF_BYTES = 1024;

/**
 * Share of "binary data bytes" (the MIME sniffing standard's control bytes that no text uses) in the
 * sniffed head above which the file is binary. Above zero, so that one stray NUL in a page is not
 * enough; real binaries have far more.
 */
const MAX_BINARY_SHARE = 0.01;

/** File signatures of what crawls and folders hold besides pages, named in the error. */
const SIGNATURES: ReadonlyArray<{ bytes: readonly number[]; what: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or an Office document)' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an ELF executable' },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], what: 'a Mach-O executable' },
  { bytes: [0x42, 0x5a, 0x68], what: 'a bzip2 archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an xz archive' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], what: 'a zstd archive' },
];

export type UnpackedPage = { bytes: Uint8Array; note?: string } | { error: string };

/** The page's bytes, gunzipped when they are gzip; or why they are not a page. */
export function unpackPage(bytes: Uint8Array): UnpackedPage {
  let page = bytes;
  let note: string | undefined;
  if (startsWith(page, GZIP_MAGIC)) {
    try {
      page = gunzipSync(page, { maxOutputLength: MAX_INFLATED_BYTES });
    } catch (error) {
      const reason = error instanceof RangeError ? `it decompresses to more than ${MAX_INFLATED_BYTES} bytes` : String((error as Error).message);
      return { error: `not a page: gzip data that cannot be read (${reason})` };
    }
    note = 'gzip';
  }
  if (isBlank(page)) return { error: note ? 'the page is empty (once decompressed)' : 'the page is empty' };
  const notHtml = describeBinary(page);
  if (notHtml) return { error: `not a page: ${notHtml}` };
  return note ? { bytes: page, note } : { bytes: page };
}

/** What the bytes are when they are binary (an image, an executable…), else undefined. */
function describeBinary(bytes: Uint8Array): string | undefined {
  for (const signature of SIGNATURES) if (startsWith(bytes, signature.bytes)) return signature.what;
  // UTF-16 text is full of NUL bytes: a byte-order mark says it is text.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
  const head = bytes.subarray(0, SNIFF_BYTES);
  let binary = 0;
  for (const byte of head) if (isBinaryDataByte(byte)) binary++;
  return binary > head.length * MAX_BINARY_SHARE ? 'binary data, not text' : undefined;
}

/** The MIME sniffing standard's binary data bytes: C0 controls other than tab, line breaks, form feed and escape. */
function isBinaryDataByte(byte: number): boolean {
  return byte <= 0x08 || byte === 0x0b || (byte >= 0x0e && byte <= 0x1a) || (byte >= 0x1c && byte <= 0x1f);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, i) => bytes[i] === byte);
}

function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) return false;
  }
  return true;
}
