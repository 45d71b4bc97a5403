/**
 * A cache for a pure function of a string that a text calls with the same few arguments again and again (the
 * symbols it cites, the provinces it names): computed once, not once per citation. Emptied when full, so a
 * long-lived page or process cannot grow it without end.
 */
export function memo<V>(limit: number): (key: string, compute: () => V) => V {
  const values = new Map<string, V>();
  return (key, compute) => {
    let value = values.get(key);
    if (value === undefined) {
      if (values.size >= limit) values.clear();
      values.set(key, (value = compute()));
    }
    return value;
  };
}
