/** The listeners of one transport event: added with a remover, called in order of adding. */
export class Listeners<T> {
  private readonly set = new Set<(value: T) => void>();

  get size(): number {
    return this.set.size;
  }

  add(listener: (value: T) => void): () => void {
    this.set.add(listener);
    return () => {
      this.set.delete(listener);
    };
  }

  /** A listener removed by an earlier one during this call is still called: the copy keeps order stable. */
  emit(value: T): void {
    for (const listener of [...this.set]) listener(value);
  }
}
