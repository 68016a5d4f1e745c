/// <reference types="node" />
/**
 * `relief-widgets prerender`: the prerender API in a shell, for Hugo, Jekyll
 * and hand-made pages. Errors are one line on standard error with a non-zero
 * exit code (2 for a usage error, 1 for anything else), never a stack trace;
 * `--out` is written atomically (a whole file or none).
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { decodePage, encodePage } from './charset.js';

export const USAGE = `Usage: relief-widgets prerender --locale <tag> [--url URL] [--out FILE] [--csp] <file.html | ->

Writes the content of every relief element in the HTML (a snippet or a whole page) into it,
in the locale, and prints the result (or writes it to FILE).
  --locale <tag>  the page's language (en, es, fr, de, pt-BR, zh-Hans, ar, …); default en
  --url URL       the page's address, for the guide's structured data (url and @id)
  --out FILE      write the HTML to FILE (atomically) instead of standard output
  --csp           also print the style-src line the output needs under a strict CSP (to standard error)`;

class UsageError extends Error {}

/** What went wrong, in one line: the message of a file error without its stack, and the path it concerns. */
function describe(error: unknown): string {
  const { code, path, message } = error as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EISDIR: 'is a directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOSPC: 'no space left on the device',
    EROFS: 'read-only file system',
    ENOTDIR: 'a part of the path is not a directory',
  };
  if (code && path) return `${path}: ${reasons[code] ?? code}`;
  return String(message ?? error).split('\n')[0];
}

/** Writes `data` to `path` through a temporary file beside it, so that `path` is never left half-written. */
function writeAtomically(path: string, data: Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, data, { flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** The input file's bytes; an error names the file (reading a directory names none of its own). */
function readInput(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw Object.assign(error as NodeJS.ErrnoException, { path: (error as NodeJS.ErrnoException).path ?? path });
  }
}

interface Io {
  readonly stdin: () => Uint8Array;
  readonly stdout: (data: Uint8Array) => void;
  readonly stderr: (line: string) => void;
}

const processIo: Io = {
  stdin: () => readFileSync(0),
  stdout: (data) => process.stdout.write(data),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

/** Runs the command line `args` (without `node` and the script); resolves to the exit code. */
export async function main(args: readonly string[], io: Io = processIo): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          locale: { type: 'string', default: 'en' },
          url: { type: 'string' },
          out: { type: 'string' },
          csp: { type: 'boolean', default: false },
          help: { type: 'boolean', short: 'h', default: false },
        },
      });
    } catch (error) {
      // Node's own advice after the first sentence is about its API, not this command.
      throw new UsageError(describe(error).split('. ')[0]);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout(new TextEncoder().encode(`${USAGE}\n`));
      return 0;
    }
    const [command, input, ...extra] = positionals;
    if (command !== 'prerender') throw new UsageError(command ? `unknown command "${command}"` : 'no command');
    if (!input || extra.length) throw new UsageError('give one input file, or - for standard input');

    const bytes = input === '-' ? io.stdin() : readInput(input);
    const page = decodePage(bytes, input === '-' ? 'standard input' : input);
    const { prerender } = await import('./prerender.js');
    let result;
    try {
      result = await prerender(page.text, { locale: values.locale, url: values.url });
    } catch (error) {
      throw new UsageError(describe(error));
    }
    const output = encodePage(result.html, page);
    if (values.out) writeAtomically(values.out, output);
    else io.stdout(output);
    if (values.csp) io.stderr(`style-src 'self' ${result.styleSrc.join(' ')}`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`relief-widgets: ${error.message} (relief-widgets --help for usage)`);
      return 2;
    }
    io.stderr(`relief-widgets: ${describe(error)}`);
    return 1;
  }
}
