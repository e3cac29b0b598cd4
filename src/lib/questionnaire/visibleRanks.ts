/** How many of the top of the ranking (and of the tools ruled out) the results show before "Show all". */
export const VISIBLE_RANKS = 20;
