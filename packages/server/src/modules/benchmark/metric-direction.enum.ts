import type { DirectionSource as SharedDirectionSource, MetricDirection as SharedMetricDirection } from '@pwc/shared';
import { registerEnumType } from 'type-graphql';

export const MetricDirection = {
  HIGHER_IS_BETTER: 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER: 'LOWER_IS_BETTER',
} as const satisfies Record<SharedMetricDirection, SharedMetricDirection>;
export type MetricDirection = SharedMetricDirection;

export const DirectionSource = {
  METRIC_NAME: 'METRIC_NAME',
  BOARD_TEXT: 'BOARD_TEXT',
  VALUE_TREND: 'VALUE_TREND',
  DEFAULT: 'DEFAULT',
  EDITOR: 'EDITOR',
} as const satisfies Record<SharedDirectionSource, SharedDirectionSource>;
export type DirectionSource = SharedDirectionSource;

registerEnumType(MetricDirection, {
  name: 'MetricDirection',
  description: 'Whether larger or smaller values of a metric are better.',
});

registerEnumType(DirectionSource, {
  name: 'DirectionSource',
  description: 'Where a metric direction came from, so an editor can judge and correct it.',
  valuesConfig: {
    METRIC_NAME: { description: 'Inferred from keywords in the metric name.' },
    BOARD_TEXT: {
      description:
        'The metric name says nothing ("Dev", "Test"); the leaderboard\'s description states the direction or the metric it is evaluated on.',
    },
    VALUE_TREND: { description: 'Inferred from how published values moved over time.' },
    DEFAULT: { description: 'No evidence; higher is assumed better (readers are told it is assumed).' },
    EDITOR: { description: 'Set by an editor.' },
  },
});
