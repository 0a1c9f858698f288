/**
 * The editor's own keys, in one place: the help overlay (?) lists them, and the single characters
 * marked `reserved` are the ones no label may take as its shortcut (ReservedKeys.java holds the
 * same characters; ReservedKeysTest keeps the two equal).
 */
export interface KeyBinding {
  keys: string;
  action: string;
  reserved?: string;
}

export const KEYMAP: KeyBinding[] = [
  { keys: 'a label key', action: 'tag the selection, or relabel the selected span' },
  { keys: 'R', action: 'link the selected span: then click its target', reserved: 'r' },
  { keys: 'Delete / Backspace', action: 'delete the selected span' },
  { keys: 'Ctrl+Z / Ctrl+Shift+Z', action: 'undo / redo your last change' },
  { keys: '← → ↑ ↓ Home End', action: 'move the caret; with Shift, extend the selection' },
  { keys: 'Ctrl + mouse selection', action: 'add a fragment: a discontinuous span' },
  { keys: 'N / Shift+N', action: 'go to the next / previous suggestion', reserved: 'n' },
  { keys: 'Enter', action: 'accept the suggestion with its linked spans' },
  { keys: 'Shift+Enter', action: 'accept every suggestion in view above the confidence slider' },
  { keys: 'X', action: 'reject the suggestion', reserved: 'x' },
  { keys: 'A / R / E', action: 'in curation: accept, reject, edit into gold', reserved: 'a e' },
  { keys: '?', action: 'show or hide this help', reserved: '?' },
  { keys: 'Escape', action: 'cancel the selection, the link or this help' },
];
