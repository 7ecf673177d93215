import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error.ts';

/** The whole HAR as text, from a file or from stdin (`-`). HAR files are UTF-8 by specification. */
export async function readInput(file: string, stdin: AsyncIterable<Buffer | string>): Promise<string> {
  const bytes = file === '-' ? await readAll(stdin) : await readPath(file);
  try {
    return bytes.toString('utf8');
  } catch {
    // V8 caps string length (about 512 MiB); a HAR that large cannot be parsed as one JSON text.
    throw new CliError(`${describe(file)} is too large to read as text (${bytes.length} bytes)`);
  }
}

async function readPath(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`file not found: ${file}`);
    if (code === 'EISDIR') throw new CliError(`is a directory, not a HAR file: ${file}`);
    if (code === 'EACCES') throw new CliError(`permission denied: ${file}`);
    if (code === 'ERR_FS_FILE_TOO_LARGE') throw new CliError(`file is too large to read: ${file}`);
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

async function readAll(stdin: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

function describe(file: string): string {
  return file === '-' ? 'standard input' : file;
}
