import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcesses } from './child-processes';
import type { LoadOptions, LoadResult } from './load';

/**
 * wrk (C, Debian's `wrk`) as the load generator instead of autocannon (BENCH_LOAD=wrk): it spends
 * about a third of autocannon's CPU per request, which on two cores otherwise comes out of the
 * servers' share — most at the cached side's rates. pgbench, the SQL side, is C as well.
 */
export function findOrInstallWrk(): string {
  const configured = process.env.WRK;
  if (configured) return configured;
  const onPath = () => spawnSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' }).stdout.trim();
  const found = onPath();
  if (found) return found;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      'BENCH_LOAD=wrk needs wrk: install it (Debian/Ubuntu: `apt-get install wrk`) or set WRK=/path/to/wrk.',
    );
  }
  console.log('wrk is missing: installing it with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'wrk'], { stdio: 'inherit', env });
  return onPath() || 'wrk';
}

// Every reply is compared with the expected one in the Lua of wrk's own thread; `done` sums the
// threads' counts and prints one JSON line.
const SCRIPT = `
mismatches = 0
local function read(path) local f = assert(io.open(path, "rb")); local s = f:read("*a"); f:close(); return s end
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  wrk.method = "POST"
  wrk.headers["content-type"] = "application/json"
  wrk.body = read(args[1])
  expected = read(args[2])
end
function response(status, headers, body)
  if status ~= 200 or body ~= expected then mismatches = mismatches + 1 end
end
function done(summary, latency, requests)
  local m = 0
  for _, t in ipairs(threads) do m = m + t:get("mismatches") end
  local e = summary.errors
  io.write(string.format('{"requests":%d,"durationUs":%d,"errors":%d,"non2xx":%d,"mismatches":%d,"p50Us":%d,"p99Us":%d}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status, m,
    latency:percentile(50), latency:percentile(99)))
end
`;

/** Like loadGraphql with autocannon: the same request over keep-alive connections, every reply checked. */
export async function loadGraphqlWithWrk(
  processes: ChildProcesses,
  wrk: string,
  url: string,
  body: string,
  expected: string,
  options: LoadOptions,
): Promise<LoadResult> {
  const folder = mkdtempSync(join(tmpdir(), 'pwc-wrk-'));
  try {
    const file = (name: string, text: string) => (writeFileSync(join(folder, name), text), join(folder, name));
    const args = [
      '--threads=1',
      `--connections=${options.connections}`,
      `--duration=${options.seconds}s`,
      '--timeout=30s',
      `--script=${file('check.lua', SCRIPT)}`,
      url,
      '--',
      file('body.json', body),
      file('expected.json', expected),
    ];
    const output = join(folder, 'output.txt');
    const fd = openSync(output, 'w');
    try {
      await processes.run('wrk', wrk, args, { stdio: ['ignore', fd, fd] });
    } finally {
      closeSync(fd);
    }
    const summary = readFileSync(output, 'utf8')
      .split('\n')
      .find((line) => line.startsWith('{"requests"'));
    if (!summary) throw new Error(`wrk printed no summary:\n${readFileSync(output, 'utf8').slice(0, 2000)}`);
    const r = JSON.parse(summary) as Record<string, number>;
    return {
      requestsPerSecond: r.requests! / (r.durationUs! / 1e6),
      p50Ms: r.p50Us! / 1000,
      p99Ms: r.p99Us! / 1000,
      failures: r.errors! + r.non2xx! + r.mismatches!,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
