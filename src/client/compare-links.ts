/**
 * Follows a shared passage across: clicking shared text on one side scrolls the other side's
 * copy of the same passage into view and outlines it. One listener on the comparison, so
 * what the browser renders later (src/client/compare.ts) is linked too.
 */
export function linkPassages(root: Document): void {
  const compare = root.querySelector<HTMLElement>('[data-compare]');
  compare?.addEventListener('click', (event) => {
    const mark = (event.target as Element).closest<HTMLElement>('[data-passage]');
    const side = mark?.closest<HTMLElement>('[data-side]');
    if (!mark || !side) return;
    const other = compare.querySelector<HTMLElement>(
      `[data-side="${side.dataset.side === 'a' ? 'b' : 'a'}"] [data-passage="${mark.dataset.passage}"]`,
    );
    if (!other) return;
    for (const e of compare.querySelectorAll('.is-linked')) e.classList.remove('is-linked');
    other.classList.add('is-linked');
    mark.classList.add('is-linked');
    other.scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
}
