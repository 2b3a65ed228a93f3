export * from './metrics/metric-direction';
export * from './metrics/metric-value';
export * from './leaderboard/ranking';
export * from './leaderboard/ranking-rule';
export * from './leaderboard/sota-history';
export * from './text/slug';
export * from './text/paper-identity';
export * from './text/format';
