const HANDLER = Symbol('lazy array');

/**
 * An array to whoever reads it, filled the first time anything reads it. Why a Proxy: V8 gives an
 * object literal with an accessor a hidden class of its own (about 0.8 µs per finding, more than the
 * JSON.parse of a typical error body), `Object.defineProperty` costs 0.3 µs, a Proxy over an empty array
 * 30 ns. The array is the Proxy's target and is filled in place, so once read it holds its elements as
 * any array does. Like any Proxy it cannot be structured-cloned: findings are shared, never cloned.
 */
class LazyArray<T, Tag> implements ProxyHandler<T[]> {
  private fill: (() => T[]) | undefined;
  private tag: Tag | undefined;

  constructor(fill: () => T[], tag: Tag) {
    this.fill = fill;
    this.tag = tag;
  }

  /** What the array will be filled from; undefined once it is. */
  unfilled(): Tag | undefined {
    return this.tag;
  }

  read(target: T[]): T[] {
    const fill = this.fill;
    if (fill !== undefined) {
      this.fill = undefined;
      this.tag = undefined;
      target.push(...fill());
    }
    return target;
  }

  get(target: T[], key: string | symbol, receiver: unknown): unknown {
    if (key === HANDLER) return this;
    return Reflect.get(this.read(target), key, receiver);
  }

  set(target: T[], key: string | symbol, value: unknown, receiver: unknown): boolean {
    return Reflect.set(this.read(target), key, value, receiver);
  }

  has(target: T[], key: string | symbol): boolean {
    return Reflect.has(this.read(target), key);
  }

  ownKeys(target: T[]): (string | symbol)[] {
    return Reflect.ownKeys(this.read(target));
  }

  getOwnPropertyDescriptor(target: T[], key: string | symbol): PropertyDescriptor | undefined {
    return Reflect.getOwnPropertyDescriptor(this.read(target), key);
  }

  defineProperty(target: T[], key: string | symbol, descriptor: PropertyDescriptor): boolean {
    return Reflect.defineProperty(this.read(target), key, descriptor);
  }

  deleteProperty(target: T[], key: string | symbol): boolean {
    return Reflect.deleteProperty(this.read(target), key);
  }
}

/** An array whose elements `fill` makes when it is first read; `tag` says what it will read them from. */
export function lazyArray<T, Tag = undefined>(fill: () => T[], tag?: Tag): T[] {
  return new Proxy<T[]>([], new LazyArray<T, Tag | undefined>(fill, tag));
}

function handlerOf<T, Tag>(list: readonly T[]): LazyArray<T, Tag> | undefined {
  return (list as unknown as { [HANDLER]?: LazyArray<T, Tag> })[HANDLER];
}

/** The tag of a lazy array not read yet; undefined when it has been, or for any other array. */
export function unfilledTag<Tag>(list: readonly unknown[]): Tag | undefined {
  return handlerOf<unknown, Tag>(list)?.unfilled();
}

/** Fills a lazy array now (nothing for any other array). */
export function fillNow(list: readonly unknown[]): void {
  void list.length;
}
