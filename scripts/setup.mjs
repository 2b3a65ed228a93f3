#!/usr/bin/env node
// Installs what the project needs on a machine that has only Node.js and npm:
// the workspace's dependencies (with the pinned pnpm) when missing or stale, and, with
// --with-browser, Debian's Chromium for the end-to-end tests when it is missing.
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

installDependencies();
if (process.argv.includes('--with-browser')) installBrowser();
