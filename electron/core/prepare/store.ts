import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { Clock } from '../context';
import type { PrepareMethod } from './types';

export interface PreparedLimits {
  /** How many prepared results are kept at once; the oldest goes first. */
  maxCount: number;
  /** Their total size (as each job estimates it); the oldest go first. */
  maxBytes: number;
  /** How long a prepared result waits for its commit. */
  ttlMs: number;
}

interface Entry {
  method: PrepareMethod;
  kept: unknown;
  bytes: number;
  expiresAtMs: number;
}

/**
 * Prepared imports waiting for their commit, in memory only: a preview the manager walks away from is
 * forgotten after `ttlMs`, and a pile of previews (choosing file after file) never holds more than the
 * caps. A commit of an id that is gone says so, with the message the contract gives for that import.
 */
export class PreparedStore {
  // A Map keeps insertion order: the first key is the oldest entry.
  private readonly entries = new Map<string, Entry>();
  private total = 0;

  constructor(
    private readonly limits: PreparedLimits,
    private readonly clock: Clock,
  ) {}

  put(method: PrepareMethod, kept: unknown, bytes: number): { preparedId: string; expiresAt: string } {
    this.sweep();
    if (bytes > this.limits.maxBytes) {
      throw new AppError(
        'TOO_LARGE',
        `This file needs ${megabytes(bytes)} of memory once read, more than the ${megabytes(this.limits.maxBytes)} Coachbench keeps for imports. Nothing was saved.`,
      );
    }
    while (this.entries.size >= this.limits.maxCount || this.total + bytes > this.limits.maxBytes) {
      const oldest = this.entries.keys().next().value!;
      this.delete(oldest);
    }
    const preparedId = randomUUID();
    const expiresAtMs = this.clock.now().getTime() + this.limits.ttlMs;
    this.entries.set(preparedId, { method, kept, bytes, expiresAtMs });
    this.total += bytes;
    return { preparedId, expiresAt: new Date(expiresAtMs).toISOString() };
  }

  /** The kept result, or an error with `expired` as its message (unknown, expired and evicted ids alike). */
  get(method: PrepareMethod, preparedId: string, expired: string, path: (string | number)[]): unknown {
    this.sweep();
    const entry = this.entries.get(preparedId);
    if (entry === undefined || entry.method !== method) {
      throw new AppError('NOT_FOUND', expired, { issues: [{ path, message: expired }], reason: 'expired' });
    }
    return entry.kept;
  }

  /** The kept result if it is still held, without using it up: for a commit's work before its transaction. */
  peek(method: PrepareMethod, preparedId: string): unknown {
    this.sweep();
    const entry = this.entries.get(preparedId);
    return entry !== undefined && entry.method === method ? entry.kept : undefined;
  }

  delete(preparedId: string): void {
    const entry = this.entries.get(preparedId);
    if (entry === undefined) return;
    this.entries.delete(preparedId);
    this.total -= entry.bytes;
  }

  /** What is held now, for tests and the bench. */
  stats(): { count: number; bytes: number } {
    this.sweep();
    return { count: this.entries.size, bytes: this.total };
  }

  private sweep(): void {
    const now = this.clock.now().getTime();
    for (const [id, entry] of this.entries) if (entry.expiresAtMs <= now) this.delete(id);
  }
}

function megabytes(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024))} MB`;
}
