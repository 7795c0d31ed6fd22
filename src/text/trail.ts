/**
 * Length of the run of `chars` that ends `text`. A backward scan: the regex `/[...]+$/` retries from every
 * start position and goes quadratic on long runs of those characters in the middle of a text.
 */
export function trailingRun(text: string, chars: string): number {
  let i = text.length;
  while (i > 0 && (chars.includes(text[i - 1]) || (chars.includes(' ') && /\s/.test(text[i - 1])))) i--;
  return text.length - i;
}
