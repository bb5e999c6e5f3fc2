// Admission for analyses (POST /api/analyze, /api/articles): a few run at once, a bounded number
// wait their turn in arrival order for at most a set time, and only a request that finds the
// waiting line full (or waits out its time) is refused with 503. Bounding the line also bounds the
// memory held by bodies that wait: (slots + queue) × the largest body.
import { HTTPException } from "hono/http-exception";

export interface AdmissionConfig {
  /** Analyses that run at once. */
  readonly slots: number;
  /** Requests that may wait for a slot; one more is refused at once. */
  readonly queue: number;
  /** How long a request waits for a slot before it is refused, in ms. */
  readonly timeoutMs: number;
}

/** Starts a timer and returns its cancel function (injectable, so tests fire timeouts by hand). */
export type SetTimer = (fire: () => void, ms: number) => () => void;

export const realTimer: SetTimer = (fire, ms) => {
  const t = setTimeout(fire, ms);
  return () => clearTimeout(t);
};

interface Waiter {
  readonly admit: () => void;
}

export class Admission {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    private readonly config: AdmissionConfig,
    private readonly setTimer: SetTimer = realTimer,
  ) {}

  /** Running and waiting analyses, for /api/info and the tests. */
  get load(): { readonly running: number; readonly waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** Runs `work` in a slot: at once when one is free, after waiting in line otherwise; 503 when the line is full or the wait too long. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.config.slots && this.waiting.length === 0) {
      this.running++;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.config.queue) {
      return Promise.reject(busy(`busy: ${this.running} analyses running and ${this.waiting.length} waiting (the most this server queues); retry shortly`));
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        admit: () => {
          cancel();
          this.running++;
          resolve();
        },
      };
      const cancel = this.setTimer(() => {
        const at = this.waiting.indexOf(waiter);
        if (at < 0) return;
        this.waiting.splice(at, 1);
        reject(busy(`busy: waited ${Math.round(this.config.timeoutMs / 1000)} s for one of ${this.config.slots} analysis slots; retry shortly`));
      }, this.config.timeoutMs);
      this.waiting.push(waiter);
    });
  }

  private release(): void {
    this.running--;
    const next = this.waiting.shift();
    next?.admit();
  }
}

function busy(message: string): HTTPException {
  return new HTTPException(503, { message, res: new Response(null, { headers: { "Retry-After": "1" } }) });
}
