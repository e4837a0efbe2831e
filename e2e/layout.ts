import type { Locator } from 'playwright-core';

/**
 * How an element's text is laid out in the viewport: its `dir` attribute and computed direction,
 * where its text sits (left, right), its inner edges (inside the padding), the gaps between the
 * text and those edges, whether the text is cut, and the viewport's width.
 */
export async function textLayout(element: Locator) {
  return element.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const text = range.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const innerLeft = box.left + parseFloat(style.paddingLeft);
    const innerRight = box.right - parseFloat(style.paddingRight);
    return {
      dir: el.getAttribute('dir'),
      direction: style.direction,
      left: text.left,
      right: text.right,
      innerLeft,
      innerRight,
      leftGap: text.left - innerLeft,
      rightGap: innerRight - text.right,
      cut: el.scrollWidth > el.clientWidth,
      viewport: document.documentElement.clientWidth,
    };
  });
}
