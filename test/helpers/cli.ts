/** Running the built `onrecord` command, and building the inputs it reads. */
import { spawnSync } from 'node:child_process';
import { WARCRecord, WARCSerializer } from 'warcio';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCommand(cli: string, args: readonly string[], options: { input?: string | Uint8Array; cwd?: string } = {}): CliRun {
  const run = spawnSync(process.execPath, [cli, ...args], {
    input: options.input ?? '',
    cwd: options.cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 60_000,
  });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** stdout of a run as JSON lines. */
export function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export interface WarcResponse {
  url: string;
  body: Uint8Array | string;
  httpHeaders?: Record<string, string>;
  statusline?: string;
}

/** A WARC file as a crawler writes it: a warcinfo record, then a request and a response per page. */
export async function buildWarc(responses: readonly WarcResponse[], gzip: boolean): Promise<Uint8Array> {
  const warcVersion = 'WARC/1.1';
  const date = '2026-02-04T12:00:00Z';
  const records: WARCRecord[] = [await WARCRecord.createWARCInfo({ filename: 'test.warc', warcVersion }, { software: 'onrecord tests' })];
  for (const response of responses) {
    const body = typeof response.body === 'string' ? new TextEncoder().encode(response.body) : response.body;
    records.push(
      WARCRecord.create(
        { url: response.url, date, type: 'request', warcVersion, statusline: 'GET / HTTP/1.1', httpHeaders: { Host: new URL(response.url).host } },
        (async function* () {})(),
      ),
      WARCRecord.create(
        {
          url: response.url,
          date,
          type: 'response',
          warcVersion,
          statusline: response.statusline ?? 'HTTP/1.1 200 OK',
          httpHeaders: response.httpHeaders ?? { 'Content-Type': 'text/html; charset=utf-8' },
        },
        (async function* () {
          yield body;
        })(),
      ),
    );
  }
  const parts: Uint8Array[] = [];
  for (const record of records) parts.push(await WARCSerializer.serialize(record, { gzip }));
  return Buffer.concat(parts);
}
