/**
 * A one-line progress indicator on a terminal, shown only once a run has taken more than a second, and
 * never when the output is not a TTY (CI logs and pipes stay clean).
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
    const width = this.stream.columns ?? 80;
    const line = `[${this.done}/${this.total}] ${current}`;
    this.stream.write(`\r\x1b[2K${line.length > width - 1 ? `…${line.slice(line.length - width + 2)}` : line}`);
  }

  clear(): void {
    if (this.shown) this.stream.write("\r\x1b[2K");
    this.shown = false;
  }
}
