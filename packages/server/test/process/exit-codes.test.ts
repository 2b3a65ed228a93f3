import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExitCode } from '../../src/exit-codes';
import {
  healthStatus,
  MAIN_JS,
  postmasterPid,
  PROCESS_TEST_TIMEOUT_MS,
  ProcessHarness,
  PWC_JS,
  requireBuiltDist,
  SAMPLE_ARCHIVE,
  waitForOutput,
  waitUntilHealthy,
} from './process-harness';

jest.setTimeout(PROCESS_TEST_TIMEOUT_MS);

describe('exit codes (real processes)', () => {
  const harness = new ProcessHarness();
  beforeAll(requireBuiltDist);
  afterEach(() => harness.cleanup());

  it('pwc import of a path that does not exist: usage error, before any database is started', async () => {
    const run = harness.node(PWC_JS, ['import', '/nonexistent/archive'], { PWC_DATA_DIR: harness.dataDir() });
    expect(await run.exited).toEqual({ code: ExitCode.UsageOrConfig, signal: null });
    expect(run.output()).toContain('/nonexistent/archive: no such file or folder');
  });

  it('pwc with an unknown command or no paths: usage error', async () => {
    expect((await harness.node(PWC_JS, ['frobnicate'], {}).exited).code).toBe(ExitCode.UsageOrConfig);
    expect((await harness.node(PWC_JS, ['import'], {}).exited).code).toBe(ExitCode.UsageOrConfig);
  });

  it('pwc import of a broken file: failure, though the database started and stopped fine', async () => {
    const dataDir = harness.dataDir();
    const archive = join(dataDir, 'archive');
    mkdirSync(archive);
    writeFileSync(join(archive, 'datasets.json'), '[{"name": "truncated');
    const run = harness.node(PWC_JS, ['import', archive], { PWC_DATA_DIR: dataDir });
    expect(await run.exited).toEqual({ code: ExitCode.Failure, signal: null });
    expect(run.stdout()).toContain('with failed files');
  });

  it('pwc import stopped by SIGTERM: 128 + 15, after a clean stop of its database', async () => {
    // A synthetic archive whose papers file takes seconds to import, so the signal lands mid-import.
    const dataDir = harness.dataDir();
    const archive = join(dataDir, 'archive');
    const generate = harness.node(PWC_JS, ['generate', archive, '--scale', '0.01'], {});
    expect(await generate.exited).toEqual({ code: ExitCode.Ok, signal: null });
    const run = harness.node(PWC_JS, ['import', archive], { PWC_DATA_DIR: dataDir });
    await waitForOutput(run, /Importing .*papers-with-abstracts/);
    process.kill(run.pid, 'SIGTERM');
    expect(await run.exited).toEqual({ code: 128 + 15, signal: null });
    expect(run.output()).toContain('Interrupted by SIGTERM; stopping the database');
    expect(postmasterPid(dataDir)).toBeUndefined(); // PostgreSQL removes it when it stops cleanly
  });

  it('pwc import with an invalid configuration variable: configuration error', async () => {
    const run = harness.node(PWC_JS, ['import', SAMPLE_ARCHIVE], {
      PWC_DATA_DIR: harness.dataDir(),
      LOG_LEVEL: 'loud',
    });
    expect(await run.exited).toEqual({ code: ExitCode.UsageOrConfig, signal: null });
    expect(run.output()).toContain('LOG_LEVEL');
  });

  it('the server with an invalid variable (PORT=abc): configuration error, naming the variable', async () => {
    const server = harness.node(MAIN_JS, [], { PWC_DATA_DIR: harness.dataDir(), PORT: 'abc' });
    expect(await server.exited).toEqual({ code: ExitCode.UsageOrConfig, signal: null });
    expect(server.output()).toContain('PORT');
  });

  it('the server when the database cannot be reached: database error', async () => {
    // Port 1 on localhost: nothing listens there, so the connection is refused at once.
    const server = harness.node(MAIN_JS, [], { DATABASE_URL: 'postgres://pwc:pwc@127.0.0.1:1/pwc', PORT: '0' });
    expect(await server.exited).toEqual({ code: ExitCode.DatabaseUnavailable, signal: null });
    expect(server.output()).toContain('Could not connect to the database at postgres://pwc:***@127.0.0.1:1/pwc');
  });

  it("the embedded PostgreSQL refuses to start: database error, naming PostgreSQL's own reason", async () => {
    const dataDir = harness.dataDir();
    const first = await harness.server(dataDir);
    await waitUntilHealthy(first);
    process.kill(first.pid, 'SIGTERM');
    expect(await first.exited).toEqual({ code: ExitCode.Ok, signal: null });

    appendFileSync(join(dataDir, 'postgres', 'postgresql.conf'), '\nmax_connections = many\n');
    const second = harness.node(MAIN_JS, [], { PWC_DATA_DIR: dataDir, PORT: '0' });
    expect(await second.exited).toEqual({ code: ExitCode.DatabaseUnavailable, signal: null });
    expect(second.output()).toContain('invalid value for parameter "max_connections"');
    expect(second.output()).toMatch(/FATAL: +configuration file .* contains errors/);
  });

  it('a second server or import on a data folder in use: database error, and the running server is left alone', async () => {
    const dataDir = harness.dataDir();
    const running = await harness.server(dataDir);
    await waitUntilHealthy(running);

    const second = harness.node(MAIN_JS, [], { PWC_DATA_DIR: dataDir, PORT: '0' });
    expect(await second.exited).toEqual({ code: ExitCode.DatabaseUnavailable, signal: null });
    expect(second.output()).toContain('belongs to a running process');
    const importer = harness.node(PWC_JS, ['import', SAMPLE_ARCHIVE], {
      PWC_DATA_DIR: dataDir,
    });
    expect((await importer.exited).code).toBe(ExitCode.DatabaseUnavailable);
    expect(await healthStatus(running)).toBe(200);
  });
});
