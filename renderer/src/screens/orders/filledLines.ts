// The order lines worth saving. Enter on the last line and every scan leave a fresh empty line
// for the next product; saving drops such blank lines at the end instead of refusing the whole
// order for them. Blank lines between filled ones stay, so the core's "line 3" still means the
// third line the clerk sees (and they get their own message).
export interface TypedLine {
  description: string;
  price: string;
}

const isBlank = (l: TypedLine) => l.description.trim() === '' && l.price.trim() === '';

export function filledLines<L extends TypedLine>(lines: L[]): L[] {
  let n = lines.length;
  // one line stays: an order of only a blank line is refused with the line's own message
  while (n > 1 && isBlank(lines[n - 1]!)) n--;
  return lines.slice(0, n);
}
