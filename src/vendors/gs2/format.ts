const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** GS2 timestamps are Unix milliseconds. */
export const formatTime = (ms: number): string => formatter.format(new Date(ms));
