/**
 * Builds one store object out of its parts (lifecycle, feeds, items, subscriptions, outbox), so a backend
 * needs no façade that forwards every method by hand. Each method and getter a part's class declares is bound
 * to the part once; the parts' fields (their connection) are not copied. A part's private helper methods come
 * along at run time but stay out of the type, so two parts must not share a helper's name either.
 */

/** The public members of each part (a class's private fields would make the intersection `never`), merged. */
type Composed<U> = (U extends unknown ? (part: { [K in keyof U]: U[K] }) => void : never) extends (
  part: infer I,
) => void
  ? I
  : never;

/** One object carrying every method and getter of `parts`, each bound to its part. Names must not repeat. */
export function composeStore<Parts extends object[]>(...parts: Parts): Composed<Parts[number]> {
  const store: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, descriptor] of memberDescriptors(part)) {
      if (Object.hasOwn(store, name)) {
        throw new Error(
          `composeStore: two store parts define ${name}; give each method to one part (src/store/store.ts)`,
        );
      }
      const { get, value } = descriptor;
      Object.defineProperty(store, name, {
        enumerable: true,
        ...(get ? { get: get.bind(part) } : { value: (value as (...args: unknown[]) => unknown).bind(part) }),
      });
    }
  }
  return store as Composed<Parts[number]>;
}

/** The methods and getters a part's class declares (its prototype chain below Object), by name. */
function memberDescriptors(part: object): Map<string, PropertyDescriptor> {
  const members = new Map<string, PropertyDescriptor>();
  for (
    let proto: object | null = Object.getPrototypeOf(part);
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(proto))) {
      const isMember = descriptor.get !== undefined || typeof descriptor.value === "function";
      if (name !== "constructor" && isMember && !members.has(name)) members.set(name, descriptor);
    }
  }
  return members;
}
