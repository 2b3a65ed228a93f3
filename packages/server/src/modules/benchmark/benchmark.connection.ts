import { ConnectionType } from '../../graphql/connection.type';
import { Benchmark } from './benchmark.entity';
import { LeaderboardRow } from './leaderboard-row.type';

export const BenchmarkConnection = ConnectionType(Benchmark);
export const LeaderboardRowConnection = ConnectionType(LeaderboardRow);
