import { describe, expect, it } from "vitest";
import { composeStore } from "../../src/store/compose-store.js";

class Counter {
  private count = 0;
  get kind(): "counter" {
    return "counter";
  }
  add(n: number): number {
    this.count += n;
    return this.count;
  }
}

class Greeter {
  constructor(private readonly name: string) {}
  greet(): string {
    return `hello ${this.name}`;
  }
}

describe("composeStore", () => {
  it("answers every part's methods and getters on one object, each bound to its own part", () => {
    const store = composeStore(new Counter(), new Greeter("dw"));
    const { add, greet } = store;
    expect(add(2)).toBe(2);
    expect(store.add(3)).toBe(5);
    expect(greet()).toBe("hello dw");
    expect(store.kind).toBe("counter");
  });

  it("leaves the parts' fields out", () => {
    const store = composeStore(new Counter(), new Greeter("dw"));
    expect(Object.keys(store).sort()).toEqual(["add", "greet", "kind"]);
  });

  it("refuses two parts that define the same method, naming it", () => {
    expect(() => composeStore(new Greeter("a"), new Greeter("b"))).toThrow(/two store parts define greet/);
  });
});
