/**
 * The recorder behind instrument.ts: inclusive and self time and call counts per wrapped
 * function. Recursive calls of a function already on the stack count once (outermost).
 */
export interface Stat {
  calls: number;
  inclusive: number;
  self: number;
}

interface Frame {
  key: string;
  start: number;
  children: number;
  recursive: boolean;
}

export class Timing {
  on = false;
  stats = new Map<string, Stat>();
  private stack: Frame[] = [];
  private active = new Map<string, number>();

  enter(key: string): void {
    const depth = this.active.get(key) ?? 0;
    this.active.set(key, depth + 1);
    this.stack.push({ key, start: performance.now(), children: 0, recursive: depth > 0 });
  }

  exit(): void {
    const f = this.stack.pop()!;
    const dt = performance.now() - f.start;
    this.active.set(f.key, this.active.get(f.key)! - 1);
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children += dt;
    let s = this.stats.get(f.key);
    if (!s) this.stats.set(f.key, (s = { calls: 0, inclusive: 0, self: 0 }));
    s.calls++;
    s.self += dt - f.children;
    if (!f.recursive) s.inclusive += dt;
  }

  /** Time a block under a name of our own (a rule's check, the server's diagnostics conversion). */
  time<T>(key: string, fn: () => T): T {
    if (!this.on) return fn();
    this.enter(key);
    try {
      return fn();
    } finally {
      this.exit();
    }
  }

  reset(): Map<string, Stat> {
    const s = this.stats;
    this.stats = new Map();
    return s;
  }
}

export function installTiming(): Timing {
  const g = globalThis as { __mouTiming?: Timing };
  if (!g.__mouTiming) g.__mouTiming = new Timing();
  return g.__mouTiming;
}
