/**
 * Progress lines for a terminal or a pipe, written in batches: one write per batch instead
 * of one per source file. A write to a pipe is a system call, and a cold run of 10,000
 * files spent about half a second on them. A batch goes out after `maxDelayMs` or once it
 * holds `maxChars`, so a person watching still sees the run move; the text written is
 * exactly what one `console.log` per line would have written.
 */

/** A line logger and the flush that must run before anything else is printed. */
export interface BatchedLog {
  log: (line: string) => void;
  flush: () => void;
}

/** Batches lines for `write` (e.g. `(s) => process.stdout.write(s)`). */
export function batchedLog(write: (text: string) => void, maxDelayMs = 100, maxChars = 64 * 1024): BatchedLog {
  let pending = '';
  let since = 0;
  const flush = () => {
    if (pending === '') return;
    const text = pending;
    pending = '';
    write(text);
  };
  const log = (line: string) => {
    if (pending === '') since = performance.now();
    pending += `${line}\n`;
    if (pending.length >= maxChars || performance.now() - since >= maxDelayMs) flush();
  };
  return { log, flush };
}
