/** The query the component runs from its attributes (benchmark, metric, top, has-code, extra-data, chart). */
export const BOARD_QUERY = `query PwcLeaderboardEmbed($slug: String!, $metric: String, $first: Int!, $hasCode: Boolean, $extraData: Boolean, $chart: Boolean!) {
  benchmark(slug: $slug) {
    slug
    task { name }
    dataset { name }
    rows(metric: $metric, first: $first, hasCode: $hasCode, usesAdditionalData: $extraData) {
      totalCount
      edges { node { rank value { raw } metric { name direction } result { modelName evaluatedOn hasCode usesAdditionalData paperTitle paperUrl paper { slug title } } } }
    }
    sotaHistory(metric: $metric, hasCode: $hasCode, usesAdditionalData: $extraData) @include(if: $chart) { date value }
  }
}`;

export const DEFAULT_TOP = 10;
export const MAX_TOP = 100;

/** A boolean attribute: absent → no filter; present (empty, "true", "yes", "1") → true; "false", "no", "0" → false. */
export function booleanFilter(value: string | null): boolean | undefined {
  if (value === null) return undefined;
  return !/^(false|no|0)$/i.test(value.trim());
}

export function topCount(value: string | null): number {
  const count = Number.parseInt(value ?? '', 10);
  return Number.isFinite(count) && count > 0 ? Math.min(count, MAX_TOP) : DEFAULT_TOP;
}

export interface BoardAttributes {
  benchmark: string;
  metric: string | null;
  top: string | null;
  hasCode: string | null;
  extraData: string | null;
  chart: string | null;
}

/** Variables of BOARD_QUERY; absent filters are left out so equal boards share one URL (and one cache entry). */
export function boardVariables(attributes: BoardAttributes): Record<string, unknown> {
  const variables: Record<string, unknown> = { slug: attributes.benchmark };
  if (attributes.metric) variables.metric = attributes.metric;
  variables.first = topCount(attributes.top);
  const hasCode = booleanFilter(attributes.hasCode);
  if (hasCode !== undefined) variables.hasCode = hasCode;
  const extraData = booleanFilter(attributes.extraData);
  if (extraData !== undefined) variables.extraData = extraData;
  variables.chart = booleanFilter(attributes.chart) ?? false;
  return variables;
}
