import { canCollectGarbage, parsedSourceBudget } from "../../../src/commands/check/memory";

describe("parsedSourceBudget", () => {
  it("collects once each time the parsed characters reach the threshold", () => {
    let collections = 0;
    const parsed = parsedSourceBudget(1000, () => () => collections++);
    parsed(400);
    parsed(500);
    expect(collections).toBe(0);
    parsed(100);
    expect(collections).toBe(1);
    parsed(2500);
    expect(collections).toBe(2);
    parsed(999);
    expect(collections).toBe(2);
  });

  it("does nothing when no collector is available", () => {
    const parsed = parsedSourceBudget(10, () => null);
    expect(() => parsed(100)).not.toThrow();
  });

  it("gets V8's collector on this Node without --expose-gc", () => {
    expect(canCollectGarbage()).toBe(true);
  });
});
