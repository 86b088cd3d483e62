/**
 * A fixed-window request counter per client key. In memory: one server process is the unit the
 * limit applies to. Old windows are swept as they are passed, so the map stays as small as the
 * set of clients seen in one window.
 */
import type { RateLimit } from './config.js';

export interface RateDecision {
  allowed: boolean;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

export class RateLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(private readonly limit: RateLimit, private readonly now: () => number = Date.now) {}

  hit(key: string): RateDecision {
    const t = this.now();
    if (t - this.windowStart >= this.limit.windowMs) {
      this.windowStart = t;
      this.counts = new Map();
    }
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    const resetSeconds = Math.max(1, Math.ceil((this.windowStart + this.limit.windowMs - t) / 1000));
    return { allowed: n <= this.limit.requests, remaining: Math.max(0, this.limit.requests - n), resetSeconds };
  }
}
