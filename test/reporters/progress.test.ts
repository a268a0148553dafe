import { Writable } from "node:stream";
import { Progress, progressLine } from "../../src/reporters/progress";

describe("progressLine", () => {
  it("draws the bar, the share, the count and the current file", () => {
    expect(progressLine(8550, 19000, "src/app/chat.ts", 80)).toBe(
      "[#########-----------]  45% 8,550/19,000 src/app/chat.ts",
    );
    expect(progressLine(0, 10, "a.ts", 80)).toBe("[--------------------]   0% 0/10 a.ts");
    expect(progressLine(10, 10, "z.ts", 80)).toBe("[####################] 100% 10/10 z.ts");
  });

  it("keeps the end of a long path and never exceeds the terminal width", () => {
    const line = progressLine(1, 2, "packages/very/long/path/to/some/deeply/nested/module/file.ts", 60);
    expect(line.length).toBe(59);
    expect(line.endsWith("nested/module/file.ts")).toBe(true);
    expect(line).toContain("…");
    expect(progressLine(1, 2, "file.ts", 20).length).toBeLessThanOrEqual(19);
  });
});

describe("Progress", () => {
  function stream(isTTY: boolean): { stream: Writable & { isTTY: boolean; columns: number }; written: () => string } {
    const chunks: string[] = [];
    const target = Object.assign(
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          chunks.push(chunk.toString());
          done();
        },
      }),
      { isTTY, columns: 80 },
    );
    return { stream: target, written: () => chunks.join("") };
  }

  it("prints nothing when the stream is not a terminal, however long the run", () => {
    const { stream: target, written } = stream(false);
    const progress = new Progress(target, 3);
    jest.spyOn(Date, "now").mockReturnValue(Date.now() + 5000);
    progress.tick("a.ts");
    progress.clear();
    jest.restoreAllMocks();
    expect(written()).toBe("");
  });

  it("shows the bar on a terminal only after a second, and clears it at the end", () => {
    const { stream: target, written } = stream(true);
    const progress = new Progress(target, 4, true);
    progress.tick("a.ts");
    expect(written()).toBe("");
    const later = Date.now() + 1500;
    jest.spyOn(Date, "now").mockReturnValue(later);
    progress.tick("b.ts");
    jest.restoreAllMocks();
    expect(written()).toBe("\r\x1b[2K[##########----------]  50% 2/4 b.ts");
    progress.clear();
    expect(written().endsWith("\r\x1b[2K")).toBe(true);
  });
});
