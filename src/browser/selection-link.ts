/**
 * The first view's part of the selection tools: on the first selection of
 * some words, loads the tools (src/browser/selection-tools.ts) and hands them
 * every later change of the selection.
 */
let tools: Promise<typeof import('./selection-tools.ts')> | undefined;

document.addEventListener('selectionchange', () => {
  if (!tools && (getSelection()?.isCollapsed ?? true)) return;
  tools ??= import('./selection-tools.ts');
  void tools.then((module) => module.onSelectionChange());
});
