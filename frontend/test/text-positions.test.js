// Unit tests of text-positions.ts, run in headless Chromium by EditorModulesE2E.
function positionsOf({ SpanLayout, TextPositions }, text, spans = []) {
  const box = document.createElement('div');
  document.body.append(box);
  const layout = new SpanLayout(box, text, new Map([['CLAIM', { name: 'CLAIM', color: '#fde68a', key: '1' }]]));
  layout.setSpans(spans);
  layout.renderAll();
  return { positions: new TextPositions(layout), layout };
}

export default function (t, modules) {
  t.test('a DOM position and a text offset map to each other, through highlights and paragraphs', () => {
    const text = 'Moscow 👍 denies.\nIt can\'t, said he.';
    const { positions } = positionsOf(modules, text,
      [{ id: 1, label: 'CLAIM', frags: [[7, 9], [18, 26]], text: '', annotator: 'a', note: null }]);
    for (let o = 0; o <= text.length; o++) {
      const at = positions.nodeAt(o);
      t.eq(positions.offsetOf(at.node, at.offset), o, 'offset ' + o);
    }
  });

  t.test('a position between paragraphs or blocks is the start of the paragraph after it', () => {
    const text = Array.from({ length: 20 }, (_, i) => 'p' + i).join('\n');
    const { positions, layout } = positionsOf(modules, text);
    const box = layout.paragraphs[0].el.parentElement.parentElement;
    const [first, second] = box.children;
    t.eq(positions.offsetOf(box, 0), 0);
    t.eq(positions.offsetOf(box, 1), layout.paragraphs[16].start);
    t.eq(positions.offsetOf(box, 2), text.length);
    t.eq(positions.offsetOf(first, 3), layout.paragraphs[3].start);
    t.eq(positions.offsetOf(first, 16), layout.paragraphs[16].start);
    t.eq(positions.offsetOf(second, 4), text.length);
    t.eq(positions.offsetOf(document.body, 0), null);
  });

  t.test('grapheme bounds never split an emoji, a ZWJ sequence or a combining mark', () => {
    const text = 'a 👨‍👩‍👧 cafe\u0301 b';
    const { positions } = positionsOf(modules, text);
    const family = text.indexOf('👨');
    const familyEnd = family + '👨‍👩‍👧'.length;
    t.eq(positions.graphemeBounds(family + 1, family + 3), [family, familyEnd]);
    const e = text.indexOf('e\u0301');
    t.eq(positions.graphemeBounds(e + 1, e + 2), [e, e + 2]);
    t.eq(positions.nextGrapheme(family), familyEnd);
    t.eq(positions.prevGrapheme(familyEnd), family);
  });

  t.test('word moves go to the end of this word and the start of the previous one', () => {
    const text = 'Moscow continues to deny it.';
    const { positions } = positionsOf(modules, text);
    t.eq(positions.nextWordEnd(0), 6);
    t.eq(positions.nextWordEnd(6), 16);
    t.eq(positions.prevWordStart(16), 7);
    t.eq(positions.prevWordStart(7), 0);
    t.eq(positions.wordBounds(9, 12), [7, 16]);
  });

  t.test('right-to-left text is segmented by its words too', () => {
    const text = 'قال المتحدث إن الخبر غير صحيح';
    const { positions } = positionsOf(modules, text);
    t.eq(positions.nextWordEnd(0), 3);
    t.eq(positions.wordBounds(5, 6), [4, 11]);
  });

  t.test('paragraph moves skip empty lines', () => {
    const text = 'First.\n\n\nSecond one.\nThird.';
    const { positions } = positionsOf(modules, text);
    const second = text.indexOf('Second');
    t.eq(positions.nextParagraphStart(2), second);
    t.eq(positions.prevParagraphStart(second), 0);
    t.eq(positions.paragraphEnd(second + 2), second + 'Second one.'.length);
    t.eq(positions.nextParagraphStart(text.length - 1), text.length);
  });
}
