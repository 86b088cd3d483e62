/** Reading inputs for commands: files, folders (recursively), standard input. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Expand folders into the files under them (sorted, hidden files skipped). Errors are reported, not thrown. */
export function expandPaths(paths: readonly string[], onError: (path: string, reason: string) => void): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      onError(p, describeFsError(e));
      return;
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(p).sort();
      } catch (e) {
        onError(p, describeFsError(e));
        return;
      }
      for (const n of names) if (!n.startsWith('.')) walk(join(p, n));
    } else if (st.isFile()) {
      out.push(p);
    } else {
      onError(p, 'not a regular file');
    }
  };
  for (const p of paths) walk(p);
  return out;
}

export function readFileChecked(path: string, maxBytes: number): Buffer {
  const size = statSync(path).size;
  if (size > maxBytes) {
    throw new Error(`file is ${(size / 1e6).toFixed(1)} MB, over the ${(maxBytes / 1e6).toFixed(1)} MB limit (raise it with --max-bytes)`);
  }
  return readFileSync(path);
}

export function describeFsError(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return e instanceof Error ? e.message : String(e);
}
