/**
 * Input that cannot be used (not an xlsx, encrypted, truncated, empty, no plan): every layer may
 * raise it, and every front end shows its message as one located line (the command line exits 2).
 * It lives in core so the hosts below the command line need not reach up into it.
 */
export class UnusableInputError extends Error {
  override name = 'UnusableInputError';
}
