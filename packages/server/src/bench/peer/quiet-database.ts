import { setTimeout as delay } from 'node:timers/promises';
import type { Client } from 'pg';

const PATIENCE_MS = 60_000;

/**
 * Waits until no statement of a previous run is still executing. A load generator stops sending
 * when its time is up, but the statements already sent run on in PostgreSQL; left alone they
 * would slow down whichever side is measured next. After PATIENCE_MS they are cancelled.
 */
export async function waitForQuietDatabase(admin: Client): Promise<void> {
  const deadline = Date.now() + PATIENCE_MS;
  for (;;) {
    const { rows } = await admin.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
       WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
    );
    if (rows.length === 0) return;
    if (Date.now() > deadline) {
      console.log(`  (cancelling ${rows.length} statements still running from the previous run)`);
      await admin.query('SELECT pg_cancel_backend(pid) FROM unnest($1::int[]) AS pid', [rows.map((r) => r.pid)]);
      return;
    }
    await delay(100);
  }
}
