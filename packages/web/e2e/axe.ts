import { readFileSync } from 'node:fs';
import type * as AxeCore from 'axe-core';
import type { AxeResults, ImpactValue, Result } from 'axe-core';
import type { Frame, Page } from 'playwright-core';

/**
 * axe-core (Deque's maintained accessibility engine) run inside the page under test. Its source is
 * evaluated in the page, so any test can call `expectAccessible(page)` once the page shows what
 * it should check: the engine sees the DOM as the reader does, styles and colours included.
 */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The impacts that fail a page; minor and moderate ones are reported by `accessibilityReport`. */
export const FAILING_IMPACTS: readonly ImpactValue[] = ['serious', 'critical'];

export interface Violation {
  rule: string;
  impact: ImpactValue | undefined;
  help: string;
  /** Each offending element: its selector and what axe says about it. */
  nodes: string[];
}

export interface AxeOptions {
  /** CSS selectors of parts of the page axe should not look at (e.g. a third-party widget). */
  exclude?: string[];
}

function summarise(result: Result): Violation {
  return {
    rule: result.id,
    impact: result.impact ?? undefined,
    help: result.help,
    nodes: result.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? node.html}`),
  };
}

/** Runs every axe rule (WCAG 2.x A/AA and best practices) on the page and returns its violations. */
export async function accessibilityReport(target: Page | Frame, options: AxeOptions = {}): Promise<Violation[]> {
  // A navigation replaces the window, so the engine is injected again whenever it is missing.
  // Evaluated rather than added as a <script>: the app's Content-Security-Policy refuses inline scripts.
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE_SOURCE);
  const results = await target.evaluate(
    async ({ exclude }) => {
      const axe = (window as unknown as { axe: typeof AxeCore }).axe;
      const context = exclude.length ? { exclude: exclude.map((selector) => [selector]) } : document;
      const run: AxeResults = await axe.run(context as never, { resultTypes: ['violations'] });
      return run.violations;
    },
    { exclude: options.exclude ?? [] },
  );
  return results.map(summarise);
}

/** The serious and critical violations of the page (what fails a test). */
export async function seriousViolations(target: Page | Frame, options: AxeOptions = {}): Promise<Violation[]> {
  return (await accessibilityReport(target, options)).filter((v) => v.impact && FAILING_IMPACTS.includes(v.impact));
}

/** Fails with every serious or critical violation spelled out (rule, help, elements) when there is one. */
export async function expectAccessible(target: Page | Frame, options: AxeOptions = {}): Promise<void> {
  const violations = await seriousViolations(target, options);
  if (violations.length) {
    const where = 'url' in target ? target.url() : '';
    const text = violations
      .map((v) => `${v.impact} ${v.rule}: ${v.help}\n${v.nodes.map((n) => `    ${n}`).join('\n')}`)
      .join('\n  ');
    throw new Error(`axe found ${violations.length} serious/critical violation(s) on ${where}:\n  ${text}`);
  }
}
