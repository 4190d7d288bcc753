/**
 * What the page's scripts ask of the reader's markup more than once, answered in one place: which
 * elements are notes, and whether a key press goes into a field, where it is a character to type
 * and not a shortcut.
 */
import { NOTE_SELECTOR, NUMBER_ATTR } from '../shared/markup.ts';

export { NOTE_SELECTOR };

export const isNote = (element: Element): boolean => element.matches(NOTE_SELECTOR);

export const isTypingIn = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('input, textarea, select, [contenteditable]') !== null;

/** A block's ¶ number as the build wrote it (the plugin that numbers the blocks sets it once). */
export const paragraphNumber = (block: Element): string => block.getAttribute(NUMBER_ATTR) ?? '';
