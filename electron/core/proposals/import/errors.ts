import { AppError } from '../../../../shared/contract/errors';

/** A file Coachbench refuses to import, with what is wrong and what to do; nothing is saved. */
export function refused(
  message: string,
  reason: string,
  code: 'INVALID_INPUT' | 'TOO_LARGE' = 'INVALID_INPUT',
): AppError {
  return new AppError(code, message, { reason });
}
