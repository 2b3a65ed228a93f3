// Enough to hold everything PostgreSQL says while it starts, and why it stopped.
const KEPT_LINES = 10;

/** The last lines PostgreSQL wrote, kept to explain a failed start. */
export class PostgresLog {
  private lines: string[] = [];

  add(chunk: string): void {
    for (const line of chunk.split('\n')) if (line.trim()) this.lines.push(line.trim());
    if (this.lines.length > KEPT_LINES) this.lines = this.lines.slice(-KEPT_LINES);
  }

  /** Forgets earlier lines, so that what is kept belongs to the current attempt. */
  clear(): void {
    this.lines = [];
  }

  /**
   * What PostgreSQL said last: the FATAL line and the LOG, DETAIL or HINT lines around it that
   * name the actual problem (a lock file, a bad setting, shared memory still in use).
   */
  failureCause(): string {
    return this.lines.length ? this.lines.join('\n') : 'it exited without logging a reason';
  }
}
