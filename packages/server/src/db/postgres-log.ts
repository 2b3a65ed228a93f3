const KEPT_LINES = 50;
// Lines that say why PostgreSQL stopped or refused to start.
const CAUSE = /\b(FATAL|PANIC|ERROR|HINT|DETAIL):/;

/** The last lines PostgreSQL wrote, kept to explain a failed start. */
export class PostgresLog {
  private lines: string[] = [];

  add(chunk: string): void {
    for (const line of chunk.split('\n')) if (line.trim()) this.lines.push(line.trim());
    if (this.lines.length > KEPT_LINES) this.lines = this.lines.slice(-KEPT_LINES);
  }

  /** Forgets earlier lines, so that a cause found later belongs to the current attempt. */
  clear(): void {
    this.lines = [];
  }

  /** The FATAL/ERROR lines and their hints, else the last few lines. */
  failureCause(): string {
    const causes = this.lines.filter((line) => CAUSE.test(line));
    const shown = causes.length ? causes : this.lines.slice(-5);
    return shown.length ? shown.join('\n') : 'it exited without logging a reason';
  }
}
