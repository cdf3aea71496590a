import { z } from 'zod';

/** Coarse codes a caller can act on; the message is written for the user. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'TOO_LARGE',
  /** The database could not be written (read-only file or folder); reads still work. */
  'READ_ONLY',
  /** Another process holds the database for writing; the same call may succeed in a moment. */
  'BUSY',
  /** The disk or the database file failed (full, damaged, unreadable); the message says what to do. */
  'STORAGE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  details?: { issues?: FieldIssue[]; [key: string]: unknown };
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export const apiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});

/** Thrown by handlers and the core; turned into an ApiErrorBody at the dispatcher. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ApiErrorBody['details'];

  constructor(code: ErrorCode, message: string, details?: ApiErrorBody['details']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toBody(): ApiErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** An error about one field of the input, so forms can show it beside that field. */
export function fieldError(code: ErrorCode, path: (string | number)[], message: string): AppError {
  return new AppError(code, message, { issues: [{ path, message }] });
}
