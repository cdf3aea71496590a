import { expect, type Locator } from '@playwright/test';

const twoFrames = 'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))';

/**
 * Selects the characters [start, end) of an element's text, across any marks that split it, through the
 * DOM Selection API as a drag would: deterministic where dozens of Shift+Arrow presses are not.
 */
export async function selectTextRange(element: Locator, start: number, end: number): Promise<void> {
  // Focus first and let the editor settle: on focus it restores its own selection, which would
  // otherwise land on top of ours.
  await element.focus();
  await element.page().evaluate(twoFrames);
  const expected = await element.evaluate(
    (root, [from, to]) => {
      // The text node holding character `at` of the element's text, and the offset in it.
      const locate = (at: number) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (at <= seen + node.data.length) return { node, offset: at - seen };
          seen += node.data.length;
        }
        throw new Error(`The text has no character ${at}`);
      };
      const points = [locate(from), locate(to)];
      const range = document.createRange();
      range.setStart(points[0]!.node, points[0]!.offset);
      range.setEnd(points[1]!.node, points[1]!.offset);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return range.toString();
    },
    [start, end] as const,
  );
  // The editor reads the DOM selection on selectionchange: wait until the selection is still ours.
  await element.page().evaluate(twoFrames);
  await expect.poll(() => element.page().evaluate(() => document.getSelection()?.toString())).toBe(expected);
}
