import { AbstractLogger, type LogLevel, type LogMessage } from 'typeorm';

/** Counts the SQL statements a data source sends, to prove loaders keep them bounded. */
export class StatementCounter extends AbstractLogger {
  statements: string[] = [];

  override logQuery(query: string): void {
    this.statements.push(query);
  }

  protected writeLog(
    _level: LogLevel,
    _message: LogMessage | string | number | (LogMessage | string | number)[],
  ): void {
    // Only statements matter here.
  }

  reset(): void {
    this.statements = [];
  }
}
