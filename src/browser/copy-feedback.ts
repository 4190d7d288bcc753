/**
 * Copies for a button and says how it went: the button's label changes for
 * two seconds, and the page's status region tells screen readers. `content`
 * is plain text, or a function that writes richer content (text and HTML).
 */
const statusRegion = document.querySelector<HTMLElement>('[data-status]');

export function copyWithFeedback(button: HTMLButtonElement, content: string | (() => Promise<void>), copied: string, failed: string, onFail?: () => void): void {
  // The resting label, kept from the first copy so a quick second click cannot make "Copied" stick.
  const label = (button.dataset.label ??= button.textContent ?? '');
  const report = (state: string, message: string) => {
    if (statusRegion) statusRegion.textContent = message;
    // At least as wide as before, so a shorter label never reflows the line the button sits in.
    button.style.minWidth = `${button.offsetWidth}px`;
    button.textContent = state;
    setTimeout(() => (button.textContent = label), 2000);
  };
  (typeof content === 'string' ? navigator.clipboard.writeText(content) : content()).then(
    () => report('Copied', copied),
    () => {
      onFail?.();
      report('Not copied', failed);
    },
  );
}
