#!/usr/bin/env node
// Installs the workspace's dependencies with the pinned pnpm when they are missing or stale,
// so that `npm start` and `npm test` work on a machine that has only Node.js and npm.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lockfile = join(root, 'pnpm-lock.yaml');
const installMarker = join(root, 'node_modules', '.modules.yaml');

const upToDate =
  existsSync(installMarker) && statSync(installMarker).mtimeMs >= statSync(lockfile).mtimeMs;

if (!upToDate) {
  console.log(`Installing dependencies with ${packageManager} ...`);
  execFileSync('npx', ['--yes', packageManager, 'install', '--frozen-lockfile'], {
    cwd: root,
    stdio: 'inherit',
  });
}
