/** One key for the session everywhere, so sign-in, sign-out and the shell share the same cache entry. */
export const SESSION_QUERY_KEY = ['session'] as const;
