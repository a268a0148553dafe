/**
 * A one-line progress bar on a terminal (`[#########-----------]  45% 8,550/19,000 src/app/chat.ts`), shown
 * only once a run has taken more than a second, and never when the output is not a TTY (CI logs and pipes
 * stay clean).
 */
export class Progress {
  private readonly startedAt = Date.now();
  private done = 0;
  private shown = false;
  private lastDraw = 0;
  private readonly enabled: boolean;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
    private readonly total: number,
    enabled?: boolean,
  ) {
    this.enabled = enabled ?? (!!stream.isTTY && !process.env.CI);
  }

  tick(current: string): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.startedAt < 1000 || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.shown = true;
    this.stream.write(`\r\x1b[2K${progressLine(this.done, this.total, current, this.stream.columns ?? 80)}`);
  }

  clear(): void {
    if (this.shown) this.stream.write("\r\x1b[2K");
    this.shown = false;
  }
}

const BAR_WIDTH = 20;

/** The bar, the share done, the count and as much of the current file as fits in `columns - 1`. */
export function progressLine(done: number, total: number, current: string, columns: number): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * BAR_WIDTH);
  const head = `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} `;
  const room = columns - 1 - head.length;
  if (room <= 1) return head.trimEnd().slice(0, Math.max(0, columns - 1));
  return head + (current.length > room ? `…${current.slice(current.length - room + 1)}` : current);
}
