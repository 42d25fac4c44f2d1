// Builds the report `TactEngine.check()` returns from the flat form src/wasm.rs writes (`pack`): the numbers in one
// Float64Array view of the wasm's memory and every string in one text, so the report crosses the boundary in one
// call instead of one call per object, field and string. The object is the one serde would build: the same keys in
// the same order, `replacement` and `spans` left out when there are none. The build bundles this file into the glue.

/**
 * @param {Float64Array} numbers `[listening, respect, promotion, findings, {rule, principle, effect, start, end,
 *   message, replacement (-1: none)}..., then per axis: contributions, {feature, delta, logit, spans, [start, end]...}...]`,
 *   where a string is its length in UTF-16 units, read from `strings` in order; the language is the text's last string.
 * @param {string} strings
 */
export function unpackReport(numbers, strings) {
  let at = 0;
  let from = 0;
  const number = () => numbers[at++];
  const text = () => {
    const length = numbers[at++];
    const value = strings.slice(from, from + length);
    from += length;
    return value;
  };
  const scores = { listening: number(), respect: number(), promotion: number() };
  const findings = new Array(number());
  for (let index = 0; index < findings.length; index++) {
    const rule = text();
    const principle = text();
    const effect = text();
    const start = number();
    const end = number();
    const message = text();
    if (numbers[at] < 0) {
      at++;
      findings[index] = { rule, principle, effect, start, end, message };
    } else {
      findings[index] = { rule, principle, effect, start, end, message, replacement: text() };
    }
  }
  const contributions = () => {
    const list = new Array(number());
    for (let index = 0; index < list.length; index++) {
      const feature = text();
      const delta = number();
      const logit = number();
      const count = number();
      if (count === 0) {
        list[index] = { feature, delta, logit };
        continue;
      }
      const spans = new Array(count);
      for (let span = 0; span < count; span++) spans[span] = [number(), number()];
      list[index] = { feature, delta, logit, spans };
    }
    return list;
  };
  const explanation = { listening: contributions(), respect: contributions(), promotion: contributions() };
  return { scores, findings, explanation, language: text() };
}
