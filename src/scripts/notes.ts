/**
 * Sidenotes: on wide screens, sets each note level with its phrase and pushes
 * crowded notes down so none overlaps another (CSS alone cannot stack a
 * column of notes against anchors). Also pairs phrase and note on hover and
 * focus, and closes an open note with Escape. Without it, notes still open
 * through their links (:target) and sit in the margin by float.
 */
const text = document.querySelector<HTMLElement>('.speech-text');
const wide = matchMedia('screen and (min-width: 64rem)');
const GAP = 12;

type Pair = [ref: HTMLAnchorElement, note: HTMLElement];
const pairs: Pair[] = [...document.querySelectorAll<HTMLAnchorElement>('a.note-ref')].flatMap((ref) => {
  const note = document.getElementById(ref.hash.slice(1));
  return note ? [[ref, note] as Pair] : [];
});

function place() {
  if (!text) return;
  text.classList.toggle('notes-placed', wide.matches);
  let floor = 0;
  const origin = text.getBoundingClientRect().top;
  for (const [ref, note] of pairs) {
    if (!wide.matches) {
      note.style.top = '';
      continue;
    }
    const wanted = ref.getBoundingClientRect().top - origin;
    const top = Math.max(wanted, floor);
    note.style.top = `${top}px`;
    floor = top + note.offsetHeight + GAP;
  }
  // Notes pushed below the last paragraph still belong inside the text's box.
  const minHeight = wide.matches ? `${Math.ceil(floor)}px` : '';
  // Only on change, so the ResizeObserver that calls us does not loop.
  if (text.style.minHeight !== minHeight) text.style.minHeight = minHeight;
}

function pair([ref, note]: Pair, on: boolean) {
  ref.classList.toggle('is-hot', on);
  note.classList.toggle('is-hot', on);
}

for (const p of pairs) {
  for (const el of p) {
    el.addEventListener('pointerenter', () => pair(p, true));
    el.addEventListener('pointerleave', () => pair(p, false));
    el.addEventListener('focusin', () => pair(p, true));
    el.addEventListener('focusout', () => pair(p, false));
  }
}

document.addEventListener('keydown', (event) => {
  const open = document.querySelector<HTMLElement>('.note:target');
  if (event.key !== 'Escape' || !open) return;
  // Back to the phrase, replacing the note's history entry, with focus on it.
  location.replace(`#ref-${open.id}`);
  document.getElementById(`ref-${open.id}`)?.focus();
});

wide.addEventListener('change', place);
addEventListener('hashchange', place);
if (text) new ResizeObserver(place).observe(text);
void document.fonts.ready.then(place);
place();
