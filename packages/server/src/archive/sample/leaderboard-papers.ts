import { arxivIdFromUrl } from '@pwc/shared';

type Json = Record<string, unknown>;

/**
 * The tasks of the leaderboards whose rows name each arXiv id (in `paper_url`), subtasks and
 * subdatasets walked. The rows' own `paper_title`s are mostly blank or citations ("Parikh et al.
 * '16"), so papers are named from elsewhere (the methods dump) and only joined here by arXiv id.
 */
export function leaderboardTasksByArxivId(tables: readonly Json[]): Map<string, Set<string>> {
  const tasks = new Map<string, Set<string>>();
  const walkDataset = (task: string, dataset: Json) => {
    const sota = (dataset.sota ?? {}) as Json;
    for (const row of (sota.rows ?? []) as Json[]) {
      const arxivId = arxivIdFromUrl(typeof row.paper_url === 'string' ? row.paper_url : null);
      if (arxivId !== null) tasks.set(arxivId, (tasks.get(arxivId) ?? new Set()).add(task));
    }
    for (const sub of (dataset.subdatasets ?? []) as Json[]) walkDataset(task, sub);
  };
  const walkTask = (task: Json) => {
    for (const dataset of (task.datasets ?? []) as Json[]) walkDataset(String(task.task), dataset);
    for (const sub of (task.subtasks ?? []) as Json[]) walkTask(sub);
  };
  tables.forEach(walkTask);
  return tasks;
}
