import { createContext, type ReactNode } from 'react';
import type { LeaderboardEntry } from './leaderboard-rows';

/**
 * What a leaderboard row offers beside its model name (issue 12: Edit for signed-in readers of
 * the current board); nothing unless a page provides it, so embeds and past dates show none.
 */
export const RowActionsContext = createContext<((entry: LeaderboardEntry) => ReactNode) | null>(null);
