/**
 * Notes, opened without losing the reader's place. On wide screens each note
 * sits level with its phrase and crowded notes are pushed down (CSS alone
 * cannot stack a column of notes against many anchors); the open note stays
 * level with its phrase and its neighbours move aside. Opening and closing
 * never scroll the page there. On phones the open note is a sheet at the bottom
 * and the page scrolls just enough for the phrase to sit above it; closing (Close,
 * Escape, a tap outside, Back) puts the page back where it was. Arriving at
 * /#note brings the phrase into view, marked, with its note open.
 *
 * The open note is always the address's target (:target), so all of this also
 * works as plain links without JavaScript.
 */
import { fragmentId } from './fragment-id.ts';
import { NOTE_NUMBER_CLASS, NOTE_REF_CLASS } from '../shared/markup.ts';

const text = document.querySelector<HTMLElement>('.speech-text');
/**
 * The wide layout, notes in a column beside the text: base.css gives that column a width (--notes)
 * only at its breakpoint, so the stylesheet alone says where the breakpoint is.
 */
const isWide = () => getComputedStyle(document.documentElement).getPropertyValue('--notes') !== '';
/** Space between stacked notes, and between a phrase and the sheet or the screen's edge (px). */
const GAP = 6;
const CLEAR = 16;

type Pair = [ref: HTMLAnchorElement, note: HTMLElement];
const pairs: Pair[] = [...document.querySelectorAll<HTMLAnchorElement>(`a.${NOTE_REF_CLASS}`)].flatMap((ref) => {
  const note = document.getElementById(ref.hash.slice(1));
  return note ? [[ref, note] as Pair] : [];
});
const pairOf = (el: Element | null) => pairs.find(([ref, note]) => ref === el || note === el);
/** The note the address names (what :target shows; read from the address, which is set first on load). */
const openPair = () => pairOf(document.querySelector(`.note[id="${CSS.escape(fragmentId())}"]`));

/** Where the page was before the reader opened a note here; closing goes back to it. */
let before: number | undefined;
/** The address this script itself just went to, so its hashchange is not taken for an arrival. */
let expected: string | undefined;

/** Heights of the notes with the given form (`compact`: one line), read in one layout. */
function heights(compact: boolean) {
  for (const [, note] of pairs) note.classList.toggle('is-compact', compact);
  return pairs.map(([, note]) => note.offsetHeight);
}

/** The text's size when notes were last placed: its ResizeObserver re-places them only on a change. */
let placedFor = '';
const textSize = (box: HTMLElement) => `${box.offsetWidth}×${box.offsetHeight}`;

function place() {
  if (!text) return;
  const wide = isWide();
  text.classList.toggle('notes-placed', wide);
  if (!wide) {
    // Narrow screens: a note opens as a sheet, laid out by the stylesheet alone.
    for (const [, note] of pairs) note.style.top = '';
    if (text.style.minHeight) text.style.minHeight = '';
    placedFor = textSize(text);
    return;
  }
  const open = openPair()?.[1];
  const origin = text.getBoundingClientRect().top;
  const wanted = pairs.map(([ref]) => ref.getBoundingClientRect().top - origin);
  // A closed note shows its whole title where that fits before the next note's phrase, else one line.
  const [full, short] = [heights(false), heights(true)];
  const tops: number[] = [];
  let floor = 0;
  pairs.forEach(([, note], i) => {
    // The open note keeps its phrase's level; the others stack down from theirs.
    const top = note === open ? wanted[i]! : Math.max(wanted[i]!, floor);
    const roomy = note === open || top + full[i]! + GAP <= (wanted[i + 1] ?? Infinity);
    note.classList.toggle('is-compact', !roomy);
    tops[i] = top;
    floor = top + (roomy ? full[i]! : short[i]!) + GAP;
  });
  // Notes above the open one that would run into it move up out of its way.
  for (let i = pairs.findIndex(([, note]) => note === open) - 1; i >= 0; i--) {
    tops[i] = Math.min(tops[i]!, tops[i + 1]! - pairs[i]![1].offsetHeight - GAP);
  }
  pairs.forEach(([, note], i) => (note.style.top = `${tops[i]}px`));
  // Notes pushed below the last paragraph still belong inside the text's box.
  const minHeight = `${Math.ceil(floor)}px`;
  if (text.style.minHeight !== minHeight) text.style.minHeight = minHeight;
  placedFor = textSize(text);
}

/** Marks the open note's phrase; on a phone, leaves room below the text for the sheet. */
function mark() {
  const open = openPair();
  for (const [ref, note] of pairs) ref.classList.toggle('is-open', note === open?.[1]);
  document.body.style.paddingBottom = open && !isWide() ? `${open[1].offsetHeight + CLEAR}px` : '';
  place();
  return open;
}

/** Changes the address (and so :target) without letting the browser scroll to the note. */
function go(hash: string, replace: boolean) {
  const y = scrollY;
  expected = new URL(hash, location.href).hash;
  if (replace) location.replace(hash);
  else location.assign(hash);
  scrollTo(scrollX, y);
}

/** Scrolls the page by the least that puts the phrase fully in view (above the sheet on a phone). */
function reveal([ref, note]: Pair, at?: number) {
  const box = ref.getBoundingClientRect();
  const bottom = innerHeight - (isWide() ? 0 : note.offsetHeight) - CLEAR;
  const top = at ?? Math.min(Math.max(box.top, CLEAR), bottom - box.height);
  scrollBy({ top: box.top - top, behavior: 'instant' });
}

function openNote(pair: Pair) {
  const already = openPair();
  before ??= scrollY;
  go(`#${pair[1].id}`, !!already);
  history.replaceState({ note: pair[1].id }, '');
  mark();
  if (!isWide()) reveal(pair);
}

function closeNote([, note]: Pair) {
  // Opened here: going back closes it, so Back and Close agree (the hashchange puts the page back).
  if (history.state?.note === note.id) return history.back();
  go('#', true);
  history.replaceState(null, '', location.pathname + location.search);
  afterClose();
}

function afterClose() {
  mark();
  if (before !== undefined) scrollTo({ top: before, behavior: 'instant' });
  before = undefined;
  const focused = pairOf(document.activeElement);
  if (focused) reveal(focused);
}

/** Arriving at a note by a link (a shared address, the notes page, a search result). */
function arrive(pair: Pair) {
  before = undefined;
  mark();
  const room = innerHeight - (isWide() ? 0 : pair[1].offsetHeight);
  reveal(pair, Math.max(CLEAR, room / 3 - pair[0].getBoundingClientRect().height));
}

addEventListener('hashchange', () => {
  if (location.hash === expected) return (expected = undefined);
  expected = undefined;
  const pair = openPair();
  if (pair) arrive(pair);
  else afterClose();
});

document.addEventListener('click', (event) => {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const target = event.target as Element;
  const current = openPair();
  const link = target.closest('a.note-ref, a.note-n, .note-close a');
  const pair = pairOf(link?.closest('a.note-ref, .note') ?? null);
  if (link && pair) {
    event.preventDefault();
    // The open note's own title is its permalink: following it would only scroll the page.
    if (pair !== current) openNote(pair);
    else if (!link.matches(`.${NOTE_NUMBER_CLASS}`)) closeNote(pair);
  } else if (current && !isWide() && !current[1].contains(target) && !target.closest('a, button, input, label')) {
    // A tap outside the sheet closes it.
    closeNote(current);
  }
});

document.addEventListener('keydown', (event) => {
  const current = openPair();
  if (event.key !== 'Escape' || !current) return;
  current[0].focus({ preventScroll: true });
  closeNote(current);
});

for (const p of pairs) {
  for (const el of p) {
    el.addEventListener('pointerenter', () => pair(p, true));
    el.addEventListener('pointerleave', () => pair(p, false));
    el.addEventListener('focusin', () => pair(p, true));
    el.addEventListener('focusout', () => pair(p, false));
  }
}

function pair([ref, note]: Pair, on: boolean) {
  ref.classList.toggle('is-hot', on);
  note.classList.toggle('is-hot', on);
}

// The text's box changes size when the layout or the text's wrapping changes: notes must move.
// (Its first report, and the one for the height place() itself set, find nothing new.)
if (text) new ResizeObserver(() => textSize(text) !== placedFor && mark()).observe(text);
// A font arriving late may rewrap lines without changing the text's size.
document.fonts.addEventListener('loadingdone', place);
const arrived = mark();
// The browser may scroll to the note itself once the page has loaded: the phrase wins.
if (arrived) {
  arrive(arrived);
  addEventListener('load', () => openPair() === arrived && arrive(arrived), { once: true });
}
