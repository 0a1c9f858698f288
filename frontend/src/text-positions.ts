import type { SpanLayout } from './span-layout';

/**
 * Maps between DOM positions and UTF-16 offsets into the text, and finds word and grapheme
 * boundaries (Intl.Segmenter) near an offset without segmenting the whole text.
 */
const WINDOW = 256;

export class TextPositions {
  private readonly words = new Intl.Segmenter(undefined, { granularity: 'word' });
  private readonly graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

  constructor(private readonly layout: SpanLayout) {}

  private get text() {
    return this.layout.text;
  }

  /** The text offset of a DOM position inside the text, or null when it is outside. */
  offsetOf(node: Node | null, offset: number): number | null {
    if (!node) return null;
    const paras = this.layout.paragraphs;
    let el: Node | null = node;
    while (el && !(el instanceof HTMLElement && el.classList.contains('p'))) {
      if (el === node && this.layout.holdsParagraphs(el)) {
        // a position between paragraphs or blocks: before child `offset`
        return this.layout.offsetBefore(el, offset);
      }
      el = el.parentNode;
    }
    if (!el) return null;
    const index = this.layout.paragraphOf(el as HTMLElement);
    if (index < 0) return null;
    const range = document.createRange();
    range.setStart(el, 0);
    range.setEnd(node, offset);
    return paras[index].start + range.toString().length;
  }

  /** The text node and offset in it for a text offset. */
  nodeAt(offset: number): { node: Node; offset: number } | null {
    const i = this.layout.paragraphIndexAt(offset);
    const p = this.layout.paragraphs[i];
    let rest = offset - p.start;
    const walker = document.createTreeWalker(p.el, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (rest <= n.data.length) return { node: n, offset: rest };
      rest -= n.data.length;
      last = n;
    }
    return last ? { node: last, offset: last.data.length } : { node: p.el, offset: 0 };
  }

  /** Widens [start, end) to whole words where it starts or ends inside a word. */
  wordBounds(start: number, end: number): [number, number] {
    let s = start;
    let e = end;
    const first = this.segmentAt(this.words, start);
    if (first && first.isWordLike && first.index < start) s = first.index;
    const last = this.segmentAt(this.words, end - 1);
    if (last && last.isWordLike) e = Math.max(e, last.index + last.segment.length);
    return [s, e];
  }

  /** Widens [start, end) so that it neither starts nor ends inside a grapheme cluster. */
  graphemeBounds(start: number, end: number): [number, number] {
    const first = this.segmentAt(this.graphemes, start);
    const last = this.segmentAt(this.graphemes, end - 1);
    return [first ? first.index : start, last ? last.index + last.segment.length : end];
  }

  nextWordEnd(offset: number): number {
    let o = offset;
    while (o < this.text.length) {
      const seg = this.segmentAt(this.words, o);
      if (!seg) return this.text.length;
      const segEnd = seg.index + seg.segment.length;
      if (seg.isWordLike && segEnd > offset) return segEnd;
      o = segEnd;
    }
    return this.text.length;
  }

  prevWordStart(offset: number): number {
    let o = offset - 1;
    while (o >= 0) {
      const seg = this.segmentAt(this.words, o);
      if (!seg) return 0;
      if (seg.isWordLike && seg.index < offset) return seg.index;
      o = seg.index - 1;
    }
    return 0;
  }

  nextGrapheme(offset: number): number {
    if (offset >= this.text.length) return this.text.length;
    const seg = this.segmentAt(this.graphemes, offset);
    return seg ? seg.index + seg.segment.length : offset + 1;
  }

  prevGrapheme(offset: number): number {
    if (offset <= 0) return 0;
    const seg = this.segmentAt(this.graphemes, offset - 1);
    return seg ? seg.index : offset - 1;
  }

  paragraphStart(offset: number): number {
    return this.layout.paragraphs[this.layout.paragraphIndexAt(offset)].start;
  }

  paragraphEnd(offset: number): number {
    return this.layout.paragraphs[this.layout.paragraphIndexAt(offset)].end;
  }

  nextParagraphStart(offset: number): number {
    const paras = this.layout.paragraphs;
    let i = this.layout.paragraphIndexAt(offset) + 1;
    while (i < paras.length && paras[i].start === paras[i].end) i++;
    return i < paras.length ? paras[i].start : this.text.length;
  }

  prevParagraphStart(offset: number): number {
    const paras = this.layout.paragraphs;
    const cur = this.layout.paragraphIndexAt(offset);
    if (offset > paras[cur].start) return paras[cur].start;
    let i = cur - 1;
    while (i > 0 && paras[i].start === paras[i].end) i--;
    return i >= 0 ? paras[i].start : 0;
  }

  /** The segment containing `offset`, from segmenting only a window of text around it. */
  private segmentAt(segmenter: Intl.Segmenter, offset: number): Intl.SegmentData | null {
    if (offset < 0 || offset >= this.text.length) return null;
    let from = Math.max(0, offset - WINDOW);
    // Start the window on a line break where possible so the first segment is a real one.
    const nl = this.text.lastIndexOf('\n', offset);
    if (nl >= from) from = nl;
    const to = Math.min(this.text.length, offset + WINDOW);
    const seg = segmenter.segment(this.text.slice(from, to)).containing(offset - from);
    if (!seg) return null;
    return { ...seg, index: seg.index + from, input: this.text } as Intl.SegmentData;
  }
}
