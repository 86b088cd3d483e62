/**
 * A one-line progress bar on a terminal (stderr), redrawn at most ten times a second. Not on a pipe
 * or a file: there it would only add noise to logs, so `create` returns a no-op.
 */
export interface Progress {
  update(done: number, total: number, detail: string): void;
  /** Print a line above the bar (an error), keeping the bar intact. */
  log(line: string): void;
  done(): void;
}

const WIDTH = 24;

export function createProgress(stream: NodeJS.WriteStream = process.stderr, label = ''): Progress {
  if (!stream.isTTY) {
    return { update: () => undefined, log: (line) => stream.write(`${line}\n`), done: () => undefined };
  }
  let last = 0;
  let shown = false;
  let line = '';
  const draw = (): void => {
    stream.write(`\r\x1b[2K${line}`);
    shown = true;
  };
  return {
    update(done, total, detail) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const frac = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(frac * WIDTH);
      const bar = `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}]`;
      const cols = stream.columns || 80;
      line = `${label}${bar} ${done}/${total} ${detail}`.slice(0, cols - 1);
      draw();
    },
    log(text) {
      if (shown) stream.write('\r\x1b[2K');
      stream.write(`${text}\n`);
      if (shown) draw();
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
