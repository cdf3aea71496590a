/**
 * Puts focus on the page's main heading (made focusable for it), or on the content area while the page
 * is still loading. Returns whether a heading was found.
 */
export function focusPageHeading(): boolean {
  const heading = document.querySelector<HTMLElement>('#main-content h1');
  if (heading) {
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
    return true;
  }
  document.getElementById('main-content')?.focus();
  return false;
}
