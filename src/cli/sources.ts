/**
 * Input files → page tasks, read lazily: the caller pulls the next page only when it has room, so
 * a 1 GB WARC or NDJSON file streams through in constant memory.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { LimitReader, WARCParser, type WARCRecord } from 'warcio';
import { charsetOfContentType } from './decode.js';
import type { InputFile } from './inputs.js';
import { messageOf, type PageLabel, type PageTask } from './task.js';

/** Counters the progress bar and the summary read. */
export interface ReadStats {
  /** Bytes read so far from the streamed inputs, WARC and NDJSON (compressed bytes for .gz). */
  bytesRead: number;
  /** WARC response records passed over: not HTML, or not a 2xx response. */
  skipped: number;
}

const READ_CHUNK_BYTES = 1 << 16;
/** How much of a WARC payload without a Content-Type is sniffed for HTML. */
const SNIFF_BYTES = 1024;

export function readTasks(file: InputFile, stats: ReadStats): AsyncGenerator<PageTask> {
  if (file.format === 'warc') return readWarc(file.path, stats);
  if (file.format === 'ndjson') return readNdjson(file.path, stats);
  return readPageFile(file);
}

async function* readPageFile(file: InputFile): AsyncGenerator<PageTask> {
  const label: PageLabel = { file: file.path };
  if (file.error) {
    yield { kind: 'failed', label, error: file.error };
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = file.path === '-' ? await readAll(process.stdin) : await readFile(file.path);
  } catch (error) {
    yield { kind: 'failed', label, error: `cannot read: ${messageOf(error)}` };
    return;
  }
  yield { kind: 'bytes', label, bytes };
}

/** Lines are split on the byte 10, which never occurs inside a UTF-8 multi-byte character. */
async function* readNdjson(path: string, stats: ReadStats): AsyncGenerator<PageTask> {
  let lineNumber = 0;
  let pending: Uint8Array[] = [];
  const lineTask = (parts: Uint8Array[]): PageTask | undefined => {
    lineNumber++;
    const bytes = parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts);
    return isBlank(bytes) ? undefined : { kind: 'ndjson', label: { file: path, line: lineNumber }, bytes };
  };
  try {
    for await (const chunk of openStream(path, stats, /\.gz$/i.test(path))) {
      const bytes = chunk as Buffer;
      let start = 0;
      for (let newline = bytes.indexOf(10, start); newline >= 0; newline = bytes.indexOf(10, start)) {
        pending.push(bytes.subarray(start, newline));
        const task = lineTask(pending);
        pending = [];
        if (task) yield task;
        start = newline + 1;
      }
      if (start < bytes.length) pending.push(bytes.subarray(start));
    }
    if (pending.length > 0) {
      const task = lineTask(pending);
      if (task) yield task;
    }
  } catch (error) {
    yield { kind: 'failed', label: { file: path, line: lineNumber + 1 }, error: `cannot read: ${messageOf(error)}` };
  }
}

async function* readWarc(path: string, stats: ReadStats): AsyncGenerator<PageTask> {
  // warcio detects and inflates gzip (member by member) itself.
  const fileBytes = { count: 0 };
  const parser = new WARCParser(openStream(path, stats, false, fileBytes));
  let offset: number | undefined;
  // warcio passes over a cut-off file in silence: the last record then has fewer content bytes
  // than its Content-Length, or no Content-Length at all (cut in its headers), or, in a .gz, never
  // comes out of its incomplete gzip member. Each record is checked once the parser has moved past
  // it (it skips what was not read), and the input's last bytes once the parser is done.
  let previous: { record: WARCRecord; offset: number } | undefined;
  const truncated = (at: number, why: string): PageTask => ({
    kind: 'failed',
    label: { file: path, offset: at },
    error: `the WARC is cut off (truncated) or malformed here: ${why}`,
  });
  const SHORT = 'the record has fewer bytes than its Content-Length';
  try {
    for await (const record of parser) {
      if (previous && endedEarly(previous.record)) yield truncated(previous.offset, SHORT);
      offset = parser.offset;
      previous = { record, offset };
      if (record.warcHeader('Content-Length') === null) {
        yield truncated(offset, 'the record has no Content-Length (its headers end early)');
        continue;
      }
      if (record.warcType !== 'response') continue;
      const label: PageLabel = { file: path, offset };
      const recordId = record.warcHeader('WARC-Record-ID');
      if (recordId) label.id = recordId;
      const http = record.httpHeaders;
      const status = http?.statusCode;
      if (!http || (typeof status === 'number' && (status < 200 || status > 299))) {
        stats.skipped++;
        continue;
      }
      const contentType = http.headers.get('content-type');
      if (contentType && !isHtmlType(contentType)) {
        stats.skipped++;
        continue;
      }
      let bytes: Uint8Array;
      try {
        bytes = await record.readFully(true); // de-chunked and decompressed (Content-Encoding)
      } catch (error) {
        yield { kind: 'failed', label, error: `cannot decode the WARC record: ${messageOf(error)}` };
        continue;
      }
      if (!contentType && !looksLikeHtml(bytes)) {
        stats.skipped++;
        continue;
      }
      const task: PageTask = { kind: 'bytes', label, bytes };
      const charset = charsetOfContentType(contentType);
      if (charset) task.charset = charset;
      const url = record.warcTargetURI;
      if (url) task.url = url;
      yield task;
    }
    if (previous && endedEarly(previous.record)) yield truncated(previous.offset, SHORT);
    // Bytes read but never decoded into a record: the start of one whose gzip member is incomplete.
    else if (fileBytes.count > parser._reader.getRawOffset()) {
      yield truncated(parser._reader.getRawOffset(), 'its last bytes are not a whole record');
    }
  } catch (error) {
    const at = offset === undefined ? '' : ` after offset ${offset}`;
    yield { kind: 'failed', label: { file: path }, error: `cannot read the WARC${at}: ${messageOf(error)}` };
  }
}

/** Did the record's content end before its Content-Length (warcio's LimitReader has bytes left)? */
function endedEarly(record: WARCRecord): boolean {
  const reader = record._reader;
  return reader instanceof LimitReader && reader.limit > 0;
}

/** The file (or stdin) as a stream of chunks, counting the bytes read (also into `fileBytes`), optionally gunzipped. */
function openStream(path: string, stats: ReadStats, gunzip: boolean, fileBytes?: { count: number }): Readable {
  const source: Readable = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      stats.bytesRead += chunk.length;
      if (fileBytes) fileBytes.count += chunk.length;
      done(null, chunk);
    },
  });
  // Errors (a missing file, a corrupt gzip) surface in the consumer's `for await`.
  source.on('error', (error) => counter.destroy(error));
  const counted = source.pipe(counter);
  if (!gunzip) return counted;
  const inflated = createGunzip();
  counted.on('error', (error) => inflated.destroy(error));
  return counted.pipe(inflated);
}

async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function isHtmlType(contentType: string): boolean {
  const mime = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return mime === 'text/html' || mime === 'application/xhtml+xml';
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES)).toLowerCase();
  return head.includes('<html') || head.includes('<!doctype html');
}

function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    if (byte !== 32 && byte !== 9 && byte !== 13) return false;
  }
  return true;
}
