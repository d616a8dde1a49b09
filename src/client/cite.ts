/**
 * Fills in the reader's half of a reference (src/lib/citation.ts): the page's full address —
 * with the paragraph's stable anchor when the reader came for one paragraph — and today's
 * date as the access date; and copies it. Without JavaScript the reference shows the path and
 * a place for the date.
 */
import { referenceDataUrl } from '../lib/citation.ts';

/** Today as GB/T 7714 writes dates: 2026-12-07, in the reader's own time zone. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function fill(box: HTMLDetailsElement): void {
  const hash = location.hash.startsWith('#s-') ? location.hash : '';
  const paragraph = hash ? document.getElementById(hash.slice(1))?.textContent : null;
  const address = `${location.origin}${location.pathname}${hash}`;
  const text = box.querySelector<HTMLElement>('[data-cite-text]')!;
  text.textContent = (box.dataset.citeTemplate ?? '').replace('{address}', address).replace('{accessed}', today());
  box.querySelector<HTMLElement>('[data-cite-scope]')!.textContent = paragraph ? `第 ${paragraph} 段` : '全文';
  for (const link of box.querySelectorAll<HTMLAnchorElement>('[data-cite-download]')) {
    link.href = referenceDataUrl(link.dataset.citeType ?? 'text/plain', link.dataset.citeDownload ?? '', address);
  }
  // Citing one paragraph: the box opens right under it.
  const cited = hash ? document.getElementById(hash.slice(1))?.closest('p') : null;
  if (cited) {
    cited.after(box);
    box.open = true;
  }
}

export function setUpCitation(): void {
  const box = document.querySelector<HTMLDetailsElement>('[data-cite]');
  if (!box) return;
  fill(box);
  addEventListener('hashchange', () => fill(box));
  const button = box.querySelector<HTMLButtonElement>('[data-cite-copy]')!;
  button.hidden = !navigator.clipboard;
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(box.querySelector('[data-cite-text]')!.textContent ?? '');
    button.textContent = '已复制';
    setTimeout(() => (button.textContent = '复制'), 2000);
  });
}
