// Unit tests of span-layout.ts, run in headless Chromium by EditorModulesE2E (no Node needed):
// the module is transpiled from its TypeScript source in the page.
const LABELS = new Map([
  ['CLAIM', { name: 'CLAIM', color: '#fde68a', key: '1' }],
  ['ATTRIBUTION', { name: 'ATTRIBUTION', color: '#bfdbfe', key: '2' }],
]);

function span(id, label, frags, other) {
  return { id, label, frags, text: '', annotator: 'a', note: null, other };
}

function layoutOf({ SpanLayout }, text, spans) {
  const box = document.createElement('div');
  document.body.append(box);
  const layout = new SpanLayout(box, text, LABELS);
  layout.setSpans(spans);
  layout.renderAll();
  return { layout, box };
}

function segments(box) {
  return [...box.querySelectorAll('[data-ids]')].map((s) => [s.textContent, s.dataset.ids]);
}

export default function (t, modules) {
  t.test('one paragraph per line, empty lines included', () => {
    const { layout } = layoutOf(modules, 'ab\ncd\n\nef', []);
    t.eq(layout.paragraphs.map((p) => [p.start, p.end]), [[0, 2], [3, 5], [6, 6], [7, 9]]);
    t.eq([0, 2, 3, 6, 7, 9].map((o) => layout.paragraphIndexAt(o)), [0, 0, 1, 2, 3, 3]);
  });

  t.test('paragraphs go in blocks of at most 16 paragraphs or about 3,000 characters, in order', () => {
    const short = Array.from({ length: 40 }, (_, i) => 'line ' + i).join('\n');
    const { layout, box } = layoutOf(modules, short, []);
    const blocks = [...box.children];
    t.eq(blocks.map((b) => b.className + ' ' + b.childElementCount), ['blk 16', 'blk 16', 'blk 8']);
    const inOrder = [...box.querySelectorAll('.p')];
    t.ok(inOrder.length === 40 && inOrder.every((el, i) => el === layout.paragraphs[i].el), 'paragraphs in text order');
    t.eq(blocks[2].style.getPropertyValue('contain-intrinsic-size'), 'auto 16em');
    const long = ['x'.repeat(2500), 'y'.repeat(600), 'z'].join('\n');
    const { box: longBox } = layoutOf(modules, long, []);
    t.eq([...longBox.children].map((b) => b.childElementCount), [2, 1]);
  });

  t.test('the painted text is the text, whatever the spans', () => {
    const text = 'Moscow continues to deny it.\nIt can\'t, Trump said.';
    const { box } = layoutOf(modules, text, [span(1, 'CLAIM', [[0, 28]]), span(2, 'ATTRIBUTION', [[7, 16]])]);
    t.eq([...box.querySelectorAll('.p')].map((p) => p.textContent).join('\n'), text);
  });

  t.test('nested spans: the inner segment is covered by both, innermost last', () => {
    const { layout, box } = layoutOf(modules, 'Officials said the truce holds.',
      [span(1, 'CLAIM', [[15, 30]]), span(2, 'ATTRIBUTION', [[19, 24]])]);
    const inner = [...box.querySelectorAll('[data-ids]')].find((s) => s.textContent === 'truce');
    t.ok(inner, 'a segment for the inner span');
    t.eq(layout.innermost(inner), 2);
    t.eq(layout.covering(inner).map((s) => s.id), [2, 1]);
  });

  t.test('a discontinuous span paints each fragment under one key', () => {
    const { box } = layoutOf(modules, 'Officials said the truce holds.', [span(7, 'CLAIM', [[0, 9], [19, 24]])]);
    t.eq(segments(box).filter(([, ids]) => ids.split(' ').includes('7')).map(([text]) => text), ['Officials', 'truce']);
  });

  t.test('offsets are UTF-16: a span over an emoji and a ZWJ sequence covers exactly them', () => {
    const text = 'ok 👍 and 👨‍👩‍👧 done';
    const family = text.indexOf('👨');
    const { box } = layoutOf(modules, text,
      [span(1, 'CLAIM', [[3, 5]]), span(2, 'CLAIM', [[family, family + '👨‍👩‍👧'.length]])]);
    t.eq(segments(box).map(([s]) => s), ['👍', '👨‍👩‍👧']);
  });

  t.test('upsert moves a span and remove leaves plain text', () => {
    const { layout, box } = layoutOf(modules, 'one two three', [span(1, 'CLAIM', [[0, 3]])]);
    layout.upsert(span(1, 'CLAIM', [[4, 7]]));
    t.eq(segments(box).map(([s]) => s), ['two']);
    layout.remove(1);
    t.eq(segments(box), []);
    t.eq(box.textContent, 'one two three');
  });

  t.test('another reviewer\'s span is shown but never the one a click means', () => {
    const { layout, box } = layoutOf(modules, 'one two', [span('o1', 'CLAIM', [[0, 3]], true)]);
    const seg = box.querySelector('[data-ids]');
    t.eq(layout.innermost(seg), null);
    t.eq(layout.innermostAny(seg), 'o1');
    layout.removeOthers();
    t.eq(segments(box), []);
  });

  t.test('suggestions in view are drawn at once, those further down in idle time, and replace the old', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => 'line ' + String(i).padStart(3, '0'));
    const text = lines.join('\n');
    const last = text.length - 8;
    const suggested = (id, frags) => ({ ...span(id, 'CLAIM', frags), suggested: true });
    const { layout, box } = layoutOf(modules, text, []);
    document.body.prepend(box); // the earlier tests' boxes stay below it
    window.scrollTo(0, 0);
    layout.replaceSuggested([suggested('s1', [[0, 4]]), suggested('s2', [[last, last + 4]])]);
    t.eq(segments(box).map(([, ids]) => ids), ['s1'], 'only the suggestion in view right away');
    await new Promise((done) => setTimeout(done, 1500));
    t.eq(segments(box).map(([, ids]) => ids), ['s1', 's2'], 'the one further down after idle time');
    layout.replaceSuggested([suggested('s3', [[5, 8]])]);
    await new Promise((done) => setTimeout(done, 1500));
    t.eq(segments(box).map(([s, ids]) => s + ' ' + ids), ['000 s3'], 'the old suggestions are gone');
    box.remove();
  });
  t.test('idle drawing of suggestions stops when the idle time runs short, one paragraph at least', () => {
    const lines = Array.from({ length: 400 }, (_, i) => 'line ' + String(i).padStart(3, '0'));
    const text = lines.join('\n');
    const suggested = (id, frags) => ({ ...span(id, 'CLAIM', frags), suggested: true });
    const { layout, box } = layoutOf(modules, text, []);
    document.body.prepend(box);
    window.scrollTo(0, 0);
    const queued = [];
    const real = window.requestIdleCallback;
    window.requestIdleCallback = (run) => queued.push(run);
    try {
      // 30 paragraphs far below the view, one suggestion each
      layout.replaceSuggested(lines.slice(300, 330).map((_, k) => {
        const start = (300 + k) * 9;
        return suggested('s' + k, [[start, start + 4]]);
      }));
      t.eq(segments(box).length, 0, 'nothing in view');
      let left = 1;
      const deadline = { didTimeout: false, timeRemaining: () => left };
      queued.shift()(deadline);
      t.eq(segments(box).length, 1, 'no idle time to spare: one paragraph');
      left = 50;
      queued.shift()(deadline);
      t.eq(segments(box).length, 21, 'idle time to spare: a chunk of 20');
      let calls = 0;
      const shrinking = { didTimeout: false, timeRemaining: () => (calls++ < 3 ? 50 : 0) };
      queued.shift()(shrinking);
      t.eq(segments(box).length, 25, 'stops as the idle time runs out');
      while (queued.length > 0) queued.shift()({ didTimeout: true, timeRemaining: () => 0 });
      t.eq(segments(box).length, 30, 'all of them in the end');
    } finally {
      window.requestIdleCallback = real;
      box.remove();
    }
  });
}
