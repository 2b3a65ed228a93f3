import { DatabaseError } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database';
import { PipelinedStatementRunner, type PipeLimits } from './pipelined-statements';
import { poolOf } from './data-source';
import { PreparedStatementRunner, type SqlRunner } from './prepared-statements';

/** The pool's runner, counting the statements the pipes passed to it. */
class CountingRunner implements SqlRunner {
  count = 0;
  constructor(private readonly inner: SqlRunner) {}
  query<T>(text: string, values?: unknown[]): Promise<T> {
    this.count++;
    return this.inner.query<T>(text, values);
  }
}

interface Backend {
  pid: number;
}

const PID = 'SELECT pg_backend_pid() AS pid';

describe('PipelinedStatementRunner', () => {
  let db: TestDatabase;
  let overflow: CountingRunner;
  let runner: PipelinedStatementRunner;
  const connectionErrors: Error[] = [];

  beforeAll(async () => {
    db = await createTestDatabase({ statementTimeoutMs: 60_000 });
  });
  afterAll(() => db.drop());
  afterEach(() => runner.close());

  function startRunner(limits: Partial<PipeLimits>) {
    overflow = new CountingRunner(PreparedStatementRunner.of(db.dataSource));
    runner = new PipelinedStatementRunner({
      config: poolOf(db.dataSource).options,
      connections: 1,
      overflow,
      limits,
      onConnectionError: (error) => connectionErrors.push(error),
    });
  }

  /**
   * The backend of the pipe, once it is open: asks until a statement is not passed to the pool
   * (one sent on a connection that is failing gets its error, and is asked again).
   */
  async function pipeBackend(): Promise<number> {
    for (;;) {
      const before = overflow.count;
      const answer = await runner.query<Backend[]>(PID).catch(() => null);
      if (answer && overflow.count === before) return answer[0]!.pid;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  it('sends many statements at once over one connection, each answered with its own rows', async () => {
    startRunner({ stallMs: Infinity });
    const pid = await pipeBackend();
    const passedOver = overflow.count;
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        runner.query<{ pid: number; doubled: number }[]>('SELECT pg_backend_pid() AS pid, $1::int * 2 AS doubled', [i]),
      ),
    );
    expect(answers.map(([row]) => row!.doubled)).toEqual(Array.from({ length: 30 }, (_, i) => 2 * i));
    expect(new Set(answers.map(([row]) => row!.pid))).toEqual(new Set([pid]));
    expect(overflow.count).toBe(passedOver);
  });

  it('keeps a statement error to that statement: the ones sent before and after it are answered', async () => {
    startRunner({ stallMs: Infinity });
    await pipeBackend();
    const passedOver = overflow.count;
    const [before, failed, after] = await Promise.allSettled([
      runner.query<{ n: number }[]>('SELECT $1::int AS n', [1]),
      runner.query('SELECT 1 / $1::int AS n', [0]),
      runner.query<{ n: number }[]>('SELECT $1::int AS n', [3]),
    ]);
    expect(before).toEqual({ status: 'fulfilled', value: [{ n: 1 }] });
    expect(failed.status).toBe('rejected');
    expect((failed as PromiseRejectedResult).reason).toBeInstanceOf(DatabaseError);
    expect((failed as PromiseRejectedResult).reason.code).toBe('22012'); // division_by_zero
    expect(after).toEqual({ status: 'fulfilled', value: [{ n: 3 }] });
    expect(overflow.count).toBe(passedOver);
  });

  it('never queues a statement behind a slow one: it goes to the pool', async () => {
    startRunner({ stallMs: 0 }); // any statement in flight stalls its connection
    const pipePid = await pipeBackend();
    const passedOver = overflow.count;
    const slow = runner.query<Backend[]>(`${PID}, pg_sleep(0.5)`);
    const [quick] = await runner.query<Backend[]>(PID);
    expect(overflow.count).toBe(passedOver + 1);
    expect(quick!.pid).not.toBe(pipePid);
    expect((await slow)[0]!.pid).toBe(pipePid);
  });

  it('prepares at most 100 statements per connection: then a fresh connection takes its place', async () => {
    startRunner({ stallMs: Infinity, maxInFlight: 1000 });
    const firstPid = await pipeBackend();
    const texts = Array.from({ length: 130 }, (_, i) => `SELECT ${i} AS statement, $1::int AS value`);
    const answers = await Promise.all(
      texts.map((text, i) => runner.query<{ statement: number; value: number }[]>(text, [i])),
    );
    expect(answers.map(([row]) => [row!.statement, row!.value])).toEqual(texts.map((_, i) => [i, i]));
    // The connection that prepared 100 of them (and one more for pipeBackend) was retired.
    expect(await pipeBackend()).not.toBe(firstPid);
    expect(await runner.query(texts[0]!, [7])).toEqual([{ statement: 0, value: 7 }]);
    const [prepared] = await runner.query<{ count: string }[]>('SELECT count(*) FROM pg_prepared_statements');
    expect(Number(prepared!.count)).toBeLessThanOrEqual(100);
  });

  it('reopens a connection that failed; the statements in flight on it get its error', async () => {
    startRunner({ stallMs: Infinity, reconnectDelayMs: 0 });
    const lostPid = await pipeBackend();
    const inFlight = runner.query(`${PID}, pg_sleep(30)`);
    await db.dataSource.query('SELECT pg_terminate_backend($1)', [lostPid]);
    await expect(inFlight).rejects.toThrow();
    expect(await pipeBackend()).not.toBe(lostPid);
    expect(connectionErrors.length).toBeGreaterThan(0);
  });
});
