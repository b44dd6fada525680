/** Back to the top of the screen, where an error summary has just appeared. */
export function scrollToTop(): void {
  document.querySelector('main')?.scrollTo({ top: 0 });
  window.scrollTo({ top: 0 });
}
