let seq = 0;
/** Unique values for parallel-safe factories (no shared fixtures between tests or files). */
export const unique = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${++seq}`;
export const uniqueEmail = (prefix = "user") => `${unique(prefix)}@example.com`;
