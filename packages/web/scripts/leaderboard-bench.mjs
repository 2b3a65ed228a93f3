#!/usr/bin/env node
// How the leaderboard page copes with a long leaderboard, measured in Chromium against the built
// server and app: a synthetic 2,000-row leaderboard is imported into a fresh database, then the
// page is loaded, re-ranked and scrolled while long tasks (> 50 ms, i.e. jank) are recorded.
// Numbers, not assertions: run `pnpm --filter @pwc/web bench` after `pnpm build`.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROWS = Number(process.env.ROWS ?? 2000);
const web = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const server = resolve(web, '../server');
const work = mkdtempSync(join(tmpdir(), 'pwc-bench-'));
chmodSync(work, 0o755); // the embedded PostgreSQL runs as its own user when started by root

function archive() {
  const day = 86_400_000;
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const top1 = 60 + 30 * (i / ROWS) + Math.sin(i) * 5;
    return {
      code_links: i % 3 === 0 ? [{ title: `org/model-${i}`, url: `https://github.com/org/model-${i}` }] : [],
      metrics: {
        'Top 1 Accuracy': `${top1.toFixed(2)}%`,
        'Top 5 Accuracy': `${Math.min(99.9, top1 + 12).toFixed(2)}%`,
        'Number of params': `${(5 + (i % 400)).toFixed(1)}M`,
        Backbone: ['ResNet-50', 'ViT-B/16', 'ConvNeXt-T'][i % 3],
      },
      model_links: [],
      model_name: `Synthetic model ${i} (${['base', 'large', 'huge'][i % 3]})`,
      paper_date: new Date(Date.UTC(2012, 0, 1) + Math.floor((i / ROWS) * 12 * 365) * day).toISOString().slice(0, 10),
      paper_title: `A paper about synthetic model ${i}`,
      paper_url: `https://arxiv.org/abs/2001.${String(i).padStart(5, '0')}`,
      uses_additional_data: i % 7 === 0,
    };
  });
  const task = {
    categories: ['Computer Vision'],
    datasets: [
      {
        dataset: 'Synthetic ImageNet',
        dataset_citations: [],
        dataset_links: [],
        description: '',
        sota: { metrics: ['Top 1 Accuracy', 'Top 5 Accuracy', 'Number of params', 'Backbone'], rows },
        subdatasets: [],
      },
    ],
    description: '',
    source_link: null,
    subtasks: [],
    synonyms: [],
    task: 'Image Classification',
  };
  const folder = join(work, 'archive');
  mkdirSync(folder);
  writeFileSync(join(folder, 'evaluation-tables.json'), JSON.stringify([task]));
  return folder;
}

async function freePort() {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function main() {
  const dataDir = join(work, 'data');
  mkdirSync(dataDir);
  chmodSync(dataDir, 0o755);
  console.log(`Importing a ${ROWS}-row leaderboard…`);
  const imported = spawnSync(process.execPath, ['dist/cli/pwc.js', 'import', archive()], {
    cwd: server,
    env: { ...process.env, PWC_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  if (imported.status !== 0) throw new Error(`import failed:\n${imported.stderr}`);

  const port = await freePort();
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: server,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PWC_DATA_DIR: dataDir,
      PWC_WEB_DIST: join(web, 'dist'),
      LOG_LEVEL: 'warn',
    },
    stdio: 'inherit',
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      if (i > 600) throw new Error('server did not start');
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  const profile = mkdtempSync(join(tmpdir(), 'pwc-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
        type: 'longtask',
        buffered: true,
      });
    });
    const longTasks = async () => page.evaluate(() => window.__longTasks.splice(0));
    const summary = (tasks) =>
      tasks.length === 0 ? 'no long tasks' : `${tasks.length} long tasks, longest ${Math.max(...tasks).toFixed(0)} ms`;

    const requests = [];
    page.on('requestfinished', async (request) => {
      if (!request.url().endsWith('/graphql')) return;
      const timing = request.timing();
      const body = await (await request.response())?.body();
      requests.push(
        `${(timing.responseEnd - timing.requestStart).toFixed(0)} ms for ${((body?.length ?? 0) / 1024).toFixed(0)} KB`,
      );
    });
    const started = Date.now();
    await page.goto(`${base}/sota/image-classification-on-synthetic-imagenet`);
    await page.getByText(`${ROWS.toLocaleString('en-US')} results, ranked by`).waitFor({ timeout: 120_000 });
    await page.locator('.sota-chart canvas').waitFor();
    await page.locator('table.leaderboard-table:not([aria-busy])').waitFor({ timeout: 120_000 });
    const loaded = Date.now() - started;
    const rowsInDom = await page.locator('table.leaderboard-table tbody tr[data-index]').count();
    console.log(
      `Load, all ${ROWS} rows fetched, ranked and drawn: ${loaded} ms (${summary(await longTasks())}); ${rowsInDom} rows in the DOM`,
    );
    console.log(`  GraphQL requests: ${requests.join(', ')}`);

    const t0 = Date.now();
    await page.getByLabel('Rank and chart by').selectOption('Number of params');
    await page.getByText('ranked by Number of params').waitFor();
    // The server ranks: the new ranking is in once every page of it is (the table stops being busy).
    await page.locator('table.leaderboard-table:not([aria-busy])').waitFor();
    console.log(
      `Re-rank by another metric (new server query, all pages): ${Date.now() - t0} ms (${summary(await longTasks())})`,
    );

    const frames = await page.evaluate(async () => {
      const gaps = [];
      let last = performance.now();
      const end = last + 3000;
      await new Promise((done) => {
        const step = (now) => {
          gaps.push(now - last);
          last = now;
          window.scrollBy(0, 120);
          if (now < end) requestAnimationFrame(step);
          else done();
        };
        requestAnimationFrame(step);
      });
      gaps.sort((a, b) => a - b);
      return { frames: gaps.length, p95: gaps[Math.floor(gaps.length * 0.95)], worst: gaps[gaps.length - 1] };
    });
    console.log(
      `Scrolling 3 s: ${frames.frames} frames, 95th percentile ${frames.p95.toFixed(1)} ms, worst ${frames.worst.toFixed(1)} ms (${summary(await longTasks())})`,
    );
  } finally {
    await context.close();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(profile, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  rmSync(work, { recursive: true, force: true });
  process.exitCode = 1;
});
