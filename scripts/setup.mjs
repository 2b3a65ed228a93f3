#!/usr/bin/env node
// Installs what the project needs on a machine that has only Node.js and npm:
// the workspace's dependencies (with the pinned pnpm) when missing or stale; with
// --with-browser, Debian's Chromium for the end-to-end tests when it is missing; and with
// --with-redis, Debian's redis-server for the server's shared-cache tests when it is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

function installDependencies() {
  const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const marker = join(root, 'node_modules', '.modules.yaml');
  const lockfile = join(root, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lockfile).mtimeMs) return;
  console.log(`Installing dependencies with ${packageManager} ...`);
  run('npx', ['--yes', packageManager, 'install', '--frozen-lockfile']);
}

const CHROMIUM = process.env.PWC_CHROMIUM ?? '/usr/bin/chromium';

function installBrowser() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `The end-to-end tests need Chromium at ${CHROMIUM}: run "sudo apt-get install -y chromium" or set PWC_CHROMIUM.`,
    );
  }
  console.log('Installing Chromium (Debian package) for the end-to-end tests ...');
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
}

const REDIS_SERVER = process.env.PWC_REDIS_SERVER ?? '/usr/bin/redis-server';

function installRedis() {
  if (existsSync(REDIS_SERVER)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `The server's cache tests need redis-server at ${REDIS_SERVER}: run "sudo apt-get install -y redis-server", ` +
        'set PWC_REDIS_SERVER to another binary, or set TEST_REDIS_URL to a Redis the tests may use.',
    );
  }
  console.log('Installing redis-server (Debian package) for the cache tests ...');
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', 'redis-server']);
}

installDependencies();
if (process.argv.includes('--with-browser')) installBrowser();
if (process.argv.includes('--with-redis') && !process.env.TEST_REDIS_URL) installRedis();
