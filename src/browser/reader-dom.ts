/**
 * What the page's scripts ask of the reader's markup more than once, answered in one place: which
 * elements are notes (the build writes each as `<aside class="note">`), and whether a key press
 * goes into a field, where it is a character to type and not a shortcut.
 */
export const NOTE_SELECTOR = 'aside.note';

export const isNote = (element: Element): boolean => element.matches(NOTE_SELECTOR);

export const isTypingIn = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('input, textarea, select, [contenteditable]') !== null;
