import { bringIntoView, showCurrent, showHighlights } from './highlight.ts';
import { isNote, isTypingIn, paragraphNumber } from '../reader-dom.ts';
import { VISUALLY_HIDDEN } from '../../shared/markup.ts';

/** One match on the page: its range, the paragraph (or note) holding it, and all that one's matches. */
export interface Step {
  range: Range;
  block: HTMLElement;
  blockRanges: Range[];
}

/** The matches of several blocks as steps in reading order (document order of the ranges). */
export function stepsOf(blocks: Array<{ element: HTMLElement; ranges: Range[] }>): Step[] {
  return blocks
    .flatMap(({ element, ranges }) => ranges.map((range) => ({ range, block: element, blockRanges: ranges })))
    .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
}

let steps: Step[] = [];
let at = 0;
let controls: { root: HTMLElement; position: HTMLOutputElement } | undefined;
/** How far down the highlights bar reaches: nothing is brought into view under it. */
let coveredTop: () => number = () => 0;
/** What the bar says it highlights: the query and the paragraph stepped to. */
let describe: (block: HTMLElement) => string = () => '';
let barOf: HTMLElement | undefined;

const where = (block: HTMLElement) => (isNote(block) ? 'a note' : `¶${paragraphNumber(block)}`);

/** Marks step `to` (wrapping around), brings it into view and says where it is. */
function go(to: number) {
  if (steps.length === 0 || !controls) return;
  at = (to + steps.length) % steps.length;
  const step = steps[at]!;
  showHighlights(step.blockRanges);
  showCurrent(step.range);
  bringIntoView(step.range, step.block, coveredTop());
  const said = barOf?.querySelector('[data-search-where]');
  if (said) said.textContent = describe(step.block);
  say(controls.position);
}

/** Seen: "3 of 10"; heard (the output is a live region): "3 of 10 matches, in ¶9". */
function say(position: HTMLOutputElement) {
  const step = steps[at];
  if (!step) return position.replaceChildren();
  position.replaceChildren(`${at + 1} of ${steps.length}`, Object.assign(document.createElement('span'), { className: VISUALLY_HIDDEN, textContent: ` matches, in ${where(step.block)}` }));
}

const part = (text: string, className?: string) => Object.assign(document.createElement('span'), { textContent: text, className: className ?? '' });

/** "‹ Previous" / "Next ›" on screen, "Previous match" / "Next match" to a screen reader. */
function button(text: string, arrow: string, keys: string, onClick: () => void): HTMLButtonElement {
  const element = Object.assign(document.createElement('button'), { type: 'button', title: `${text} match (${keys})` });
  const mark = part(arrow);
  mark.setAttribute('aria-hidden', 'true');
  element.append(...(arrow === '‹' ? [mark, ' ', text] : [text, ' ', mark]), part(' match', VISUALLY_HIDDEN));
  element.setAttribute('aria-keyshortcuts', keys);
  element.addEventListener('click', onClick);
  return element;
}

/**
 * Previous / "3 of 10" / Next in the highlights bar, made once; N and Shift+N step too while
 * the bar shows and the reader is not typing.
 */
function controlsIn(bar: HTMLElement) {
  if (controls) return controls;
  const root = Object.assign(document.createElement('div'), { className: 'search-steps' });
  root.setAttribute('role', 'group');
  root.setAttribute('aria-label', 'Matches on the page');
  const position = document.createElement('output');
  position.setAttribute('aria-live', 'polite');
  root.append(button('Previous', '‹', 'Shift+N', () => go(at - 1)), position, button('Next', '›', 'N', () => go(at + 1)));
  bar.querySelector('p')?.after(root);
  document.addEventListener('keydown', (event) => {
    if (bar.hidden || event.key.toLowerCase() !== 'n' || isTypingIn(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    go(event.shiftKey ? at - 1 : at + 1);
  });
  return (controls = { root, position });
}

/**
 * Starts stepping through `all` from the first match in `first` (the block a result opened),
 * which the arrival has already marked and brought into view. `covered`: how far down the
 * bar reaches; `says`: the bar's words for the block stepped to.
 */
export function startSteps(bar: HTMLElement, all: Step[], first: HTMLElement, covered: () => number, says: (block: HTMLElement) => string): void {
  const { root, position } = controlsIn(bar);
  coveredTop = covered;
  describe = says;
  barOf = bar;
  steps = all;
  at = Math.max(0, all.findIndex((step) => step.block === first));
  root.hidden = all.length < 2;
  say(position);
  if (all[at]) showCurrent(all[at].range);
}
