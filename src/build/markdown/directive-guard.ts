import type { Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { pointAt } from './point-at.ts';
import { fail } from './fail.ts';

type DirectiveType = 'containerDirective' | 'leafDirective' | 'textDirective';

/** Directive names the edition understands, with the forms each may take. */
export type DirectiveForms = Record<string, DirectiveType[]>;

const DIRECTIVE_TYPES = new Set(['containerDirective', 'leafDirective', 'textDirective']);
const MARKERS = { containerDirective: ':::', leafDirective: '::', textDirective: ':' } as const;

/** An attribute list opened and never closed on its line: `:::block{#p2`, `{corr="x" and …`. */
const UNCLOSED_ATTRIBUTES = /\{[^}\n]*$/m;
/** Characters that only appear in the Markdown as directive syntax. */
const STRAY = /:::|[{}]|:[a-z][\w-]*\[/;

/**
 * Stops the build on directive syntax that did not parse or is unknown, so a
 * typo never ends up silently printed inside the witness text.
 */
export default function remarkDirectiveGuard(options: { forms: DirectiveForms }) {
  const { forms } = options;
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (DIRECTIVE_TYPES.has(node.type) && 'name' in node) {
        const type = node.type as DirectiveType;
        const allowed = forms[node.name];
        if (!allowed) {
          const known = Object.entries(forms)
            .flatMap(([name, types]) => types.map((form) => MARKERS[form] + name))
            .join(', ');
          fail(file, 'unknown-directive', `Unknown directive \`${MARKERS[type]}${node.name}\`; known: ${known}`, node);
        }
        if (!allowed.includes(type)) {
          const written = allowed.map((form) => `\`${MARKERS[form]}${node.name}\``).join(' or ');
          fail(file, 'wrong-directive-form', `\`${MARKERS[type]}${node.name}\` must be written ${written}`, node);
        }
      }
      if (node.type === 'text') checkText(node, file);
    });
  };
}

function checkText(node: Text, file: VFile) {
  const snippetAt = (index: number) => node.value.slice(Math.max(0, index - 10), index + 20).replace(/\n/g, ' ');
  const unclosed = UNCLOSED_ATTRIBUTES.exec(node.value);
  if (unclosed) {
    fail(file, 'unclosed-attributes', `An attribute list is never closed: \`{\` in “${snippetAt(unclosed.index)}” needs its \`}\``, pointAt(node, unclosed.index));
  }
  const match = STRAY.exec(node.value);
  if (!match) return;
  fail(
    file,
    'stray-directive-syntax',
    `Directive-like text did not parse: \`${match[0]}\` in “${snippetAt(match.index)}”; check for an unclosed \`[\` or a stray \`:::\``,
    pointAt(node, match.index),
  );
}
