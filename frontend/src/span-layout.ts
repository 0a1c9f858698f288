/**
 * Draws the text as paragraphs of plain text nodes and highlighted segments.
 *
 * A segment is a maximal piece of text covered by the same set of spans. Its background is the
 * colour of the innermost (shortest) span; every covering span adds an underline stripe, stacked
 * from the innermost at the bottom outwards, so nested and overlapping spans stay
 * distinguishable. The fragments of a discontinuous span share the colour and the hover.
 */
export type Frag = [number, number];

export interface LabelDef {
  name: string;
  color: string;
  key: string | null;
}

export interface SpanData {
  id: number | string;
  label: string;
  frags: Frag[];
  text: string;
  annotator: string;
  note: string | null;
  /** Another reviewer's span, shown for comparison and never edited here. */
  other?: boolean;
  /** A suggestion, drawn beneath the layer's spans until it is accepted or rejected. */
  suggested?: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
  el: HTMLElement;
}

const PENDING = '__pending';
/** Paragraphs highlighted before the first paint, and per background task after it. */
const FIRST_CHUNK = 60;
const CHUNK = 200;
/** At most this many paragraphs of suggestions drawn per idle callback, off screen. */
const IDLE_CHUNK = 20;
/**
 * Idle time (ms) left unused in each callback: the paragraphs drawn there are styled and laid
 * out in the next frame, which must still come in time while the reader scrolls.
 */
const IDLE_MARGIN_MS = 6;
/**
 * Paragraphs are grouped in blocks whose rendering the browser skips while out of view
 * (content-visibility). It checks every such element's distance to the view on each scrolled
 * frame: for 1,200 paragraphs that took 2.6 ms a frame, a third of the main thread's time while
 * scrolling. A block closes at this many paragraphs or characters, so the one laid out as it
 * comes into view stays small.
 */
const BLOCK_PARAGRAPHS = 16;
const BLOCK_CHARS = 3000;

export class SpanLayout {
  readonly paragraphs: Paragraph[] = [];
  private readonly spans = new Map<string, SpanData>();
  /** For each paragraph, the keys of the spans with a fragment in it. */
  private readonly index: Set<string>[] = [];
  private linkCounts = new Map<number, number>();
  private selected: string | null = null;
  private related = new Set<string>();
  private hovered: string | null = null;
  private focusedSuggestion: string | null = null;
  private renderGeneration = 0;
  private suggestedGeneration = 0;

  constructor(
    private readonly container: HTMLElement,
    readonly text: string,
    private readonly labels: Map<string, LabelDef>,
  ) {
    let start = 0;
    const frag = document.createDocumentFragment();
    let block: HTMLElement | null = null;
    let blockChars = 0;
    while (true) {
      const nl = text.indexOf('\n', start);
      const end = nl < 0 ? text.length : nl;
      if (!block || block.childElementCount >= BLOCK_PARAGRAPHS || blockChars >= BLOCK_CHARS) {
        block = SpanLayout.block(frag);
        blockChars = 0;
      }
      const el = document.createElement('div');
      el.className = 'p';
      this.paragraphs.push({ start, end, el });
      this.index.push(new Set());
      block.append(el);
      blockChars += end - start;
      if (nl < 0) break;
      start = nl + 1;
    }
    for (const b of frag.children) {
      // the height a block is given until it is first laid out: about two lines per paragraph
      (b as HTMLElement).style.setProperty('contain-intrinsic-size', `auto ${2 * b.childElementCount}em`);
    }
    container.replaceChildren(frag);
  }

  private static block(parent: DocumentFragment): HTMLElement {
    const b = document.createElement('div');
    b.className = 'blk';
    parent.append(b);
    return b;
  }

  /** Whether `node` is the text's box or one of its blocks, whose children are blocks or paragraphs. */
  holdsParagraphs(node: Node): node is Element {
    return node === this.container || node.parentNode === this.container;
  }

  /** The text offset of a DOM position between paragraphs or blocks: before child `index` of `parent`. */
  offsetBefore(parent: Element, index: number): number {
    const child = parent.children[index];
    const first = child && (child.classList.contains('p') ? child : child.querySelector('.p'));
    if (first) return this.paragraphs[this.paragraphOf(first)].start;
    const inside = parent.querySelectorAll('.p');
    const after = inside.length > 0 ? this.paragraphOf(inside[inside.length - 1]) + 1 : this.paragraphs.length;
    return after < this.paragraphs.length ? this.paragraphs[after].start : this.text.length;
  }

  /** The index of the paragraph whose element is `el`, or -1. */
  paragraphOf(el: Element): number {
    return this.paragraphs.findIndex((p) => p.el === el);
  }

  setSpans(spans: SpanData[]) {
    this.spans.clear();
    this.index.forEach((s) => s.clear());
    for (const s of spans) this.add(s);
  }

  /**
   * Shows the whole text at once as plain text (so offsets are right everywhere), highlights the
   * first screenfuls straight away and the rest in small tasks, so a long document opens fast
   * and stays responsive while it fills in. Calls `done` when every paragraph is highlighted.
   */
  renderAll(done?: () => void) {
    const generation = ++this.renderGeneration;
    const pending: number[] = [];
    this.paragraphs.forEach((p, i) => {
      p.el.textContent = this.text.slice(p.start, p.end);
      if (this.index[i].size > 0) pending.push(i);
    });
    const step = (count: number) => {
      if (generation !== this.renderGeneration) return;
      pending.splice(0, count).forEach((i) => this.renderParagraph(i));
      if (pending.length > 0) setTimeout(() => step(CHUNK), 0);
      else done?.();
    };
    step(FIRST_CHUNK);
  }

  upsert(span: SpanData) {
    const key = String(span.id);
    const touched = new Set<number>();
    const old = this.spans.get(key);
    if (old) this.paragraphsOf(old).forEach((i) => touched.add(i));
    this.unindex(key);
    this.add(span);
    this.paragraphsOf(span).forEach((i) => touched.add(i));
    touched.forEach((i) => this.renderParagraph(i));
  }

  remove(id: number | string) {
    const key = String(id);
    const old = this.spans.get(key);
    if (!old) return;
    const touched = this.paragraphsOf(old);
    this.unindex(key);
    this.spans.delete(key);
    touched.forEach((i) => this.renderParagraph(i));
  }

  /** Removes every other reviewer's span. */
  removeOthers() {
    this.removeWhere((span) => span.other === true);
  }

  /**
   * Replaces every suggestion with `next`. The paragraphs in view are drawn at once; the others in
   * idle time, a few per callback, so suggestions that arrive while the reader scrolls (just after
   * the opening) never take a frame from the scrolling.
   */
  replaceSuggested(next: SpanData[]) {
    const touched = new Set<number>();
    for (const [key, span] of [...this.spans]) {
      if (span.suggested !== true) continue;
      this.paragraphsOf(span).forEach((i) => touched.add(i));
      this.unindex(key);
      this.spans.delete(key);
    }
    for (const span of next) {
      this.add(span);
      this.paragraphsOf(span).forEach((i) => touched.add(i));
    }
    const generation = ++this.suggestedGeneration;
    const later: number[] = [];
    for (const i of [...touched].sort((a, b) => a - b)) {
      if (this.inView(i)) this.renderParagraph(i);
      else later.push(i);
    }
    const idle: (run: (deadline?: IdleDeadline) => void) => void = 'requestIdleCallback' in window
      ? (run) => window.requestIdleCallback(run, { timeout: 1000 })
      : (run) => setTimeout(run, 16);
    const step = (deadline?: IdleDeadline) => {
      if (generation !== this.suggestedGeneration) return;
      // one paragraph at least, so that a page that is never idle still gets them all
      let drawn = 0;
      do {
        this.renderParagraph(later.shift()!);
        drawn++;
      } while (later.length > 0 && drawn < IDLE_CHUNK
        && (deadline === undefined || deadline.timeRemaining() > IDLE_MARGIN_MS));
      if (later.length > 0) idle(step);
    };
    if (later.length > 0) idle(step);
  }

  private inView(i: number): boolean {
    const r = this.paragraphs[i].el.getBoundingClientRect();
    return r.bottom >= 0 && r.top <= window.innerHeight;
  }

  markSuggestion(key: string | null) {
    this.toggleClass(this.focusedSuggestion, 'sugsel', false);
    this.focusedSuggestion = key;
    this.toggleClass(this.focusedSuggestion, 'sugsel', true);
  }

  private removeWhere(test: (span: SpanData) => boolean) {
    const touched = new Set<number>();
    for (const [key, span] of [...this.spans]) {
      if (!test(span)) continue;
      this.paragraphsOf(span).forEach((i) => touched.add(i));
      this.unindex(key);
      this.spans.delete(key);
    }
    touched.forEach((i) => this.renderParagraph(i));
  }

  /** Frames the pieces of a discontinuous selection in progress. */
  setPending(frags: Frag[]) {
    const had = this.spans.has(PENDING);
    if (frags.length === 0) {
      if (had) this.remove(PENDING);
      return;
    }
    this.upsert({ id: PENDING, label: '', frags, text: '', annotator: '', note: null });
  }

  setLinkCounts(counts: Map<number, number>, changed?: number[]) {
    this.linkCounts = counts;
    const ids = changed ?? [...counts.keys()];
    const touched = new Set<number>();
    for (const id of ids) {
      const s = this.spans.get(String(id));
      if (s) this.paragraphsOf(s).forEach((i) => touched.add(i));
    }
    touched.forEach((i) => this.renderParagraph(i));
  }

  markSelected(id: number | string | null, related: Set<number>) {
    this.toggleClass(this.selected, 'sel', false);
    this.related.forEach((r) => this.toggleClass(r, 'rel', false));
    this.selected = id === null ? null : String(id);
    this.related = new Set([...related].map(String));
    this.toggleClass(this.selected, 'sel', true);
    this.related.forEach((r) => this.toggleClass(r, 'rel', true));
  }

  markHover(id: number | string | null) {
    this.toggleClass(this.hovered, 'hover', false);
    this.hovered = id === null ? null : String(id);
    this.toggleClass(this.hovered, 'hover', true);
  }

  /** The innermost span of a segment: the one a click or hover means. */
  innermost(seg: HTMLElement): number | string | null {
    const ids = (seg.dataset.ids ?? '')
      .split(' ')
      .filter((k) => k && k !== PENDING && !this.spans.get(k)?.other && !this.spans.get(k)?.suggested);
    if (ids.length === 0) return null;
    const key = ids[ids.length - 1];
    const span = this.spans.get(key);
    return span ? span.id : null;
  }

  /** The innermost span of a segment, another reviewer's included: what a hover shows. */
  innermostAny(seg: HTMLElement): number | string | null {
    const ids = (seg.dataset.ids ?? '').split(' ').filter((k) => k && k !== PENDING);
    const span = ids.length ? this.spans.get(ids[ids.length - 1]) : undefined;
    return span ? span.id : null;
  }

  covering(seg: HTMLElement): SpanData[] {
    return (seg.dataset.ids ?? '')
      .split(' ')
      .filter((k) => k && k !== PENDING)
      .reverse()
      .map((k) => this.spans.get(k))
      .filter((s): s is SpanData => s !== undefined);
  }

  /** Whether a segment of the span lies within these viewport coordinates (at least partly). */
  shownBetween(id: number | string, top: number, bottom: number): boolean {
    return this.segmentsOf(String(id)).some((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > top && r.top < bottom && r.height > 0;
    });
  }

  scrollTo(id: number | string) {
    const el = this.segmentsOf(String(id))[0];
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  paragraphIndexAt(offset: number): number {
    let lo = 0;
    let hi = this.paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.paragraphs[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  // ---- internals ----------------------------------------------------------------------

  private add(span: SpanData) {
    const key = String(span.id);
    this.spans.set(key, span);
    this.paragraphsOf(span).forEach((i) => this.index[i].add(key));
  }

  private unindex(key: string) {
    const old = this.spans.get(key);
    if (old) this.paragraphsOf(old).forEach((i) => this.index[i].delete(key));
  }

  private paragraphsOf(span: SpanData): number[] {
    const result: number[] = [];
    for (const [s, e] of span.frags) {
      const first = this.paragraphIndexAt(s);
      const last = this.paragraphIndexAt(Math.max(s, e - 1));
      for (let i = first; i <= last; i++) if (!result.includes(i)) result.push(i);
    }
    return result;
  }

  private renderParagraph(i: number) {
    const p = this.paragraphs[i];
    const pieces: { s: number; e: number; key: string; len: number }[] = [];
    const cuts = new Set<number>([p.start, p.end]);
    for (const key of this.index[i]) {
      const span = this.spans.get(key)!;
      const len = span.frags.reduce((n, [s, e]) => n + e - s, 0);
      for (const [fs, fe] of span.frags) {
        const s = Math.max(fs, p.start);
        const e = Math.min(fe, p.end);
        if (s < e) {
          pieces.push({ s, e, key, len });
          cuts.add(s);
          cuts.add(e);
        }
      }
    }
    const out = document.createDocumentFragment();
    if (pieces.length === 0) {
      if (p.end > p.start) out.append(this.text.slice(p.start, p.end));
      p.el.replaceChildren(out);
      return;
    }
    // Longest span first, so the last key of a segment is its innermost span.
    pieces.sort((a, b) => b.len - a.len || (a.key < b.key ? -1 : 1));
    const points = [...cuts].sort((a, b) => a - b);
    const lastSegOf = new Map<string, HTMLElement>();
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k];
      const b = points[k + 1];
      const cover = pieces.filter((x) => x.s <= a && x.e >= b);
      const chunk = this.text.slice(a, b);
      if (cover.length === 0) {
        out.append(chunk);
        continue;
      }
      const keys = [...new Set(cover.map((c) => c.key))];
      const seg = document.createElement('span');
      seg.className = 'seg';
      seg.dataset.ids = keys.join(' ');
      seg.textContent = chunk;
      this.style(seg, keys);
      keys.forEach((key) => lastSegOf.set(key, seg));
      out.append(seg);
    }
    for (const [key, seg] of lastSegOf) {
      const span = this.spans.get(key)!;
      const links = typeof span.id === 'number' ? this.linkCounts.get(span.id) : undefined;
      const frags = span.frags;
      if (links && frags[frags.length - 1][1] <= p.end) {
        seg.classList.add('linked');
        seg.dataset.links = '→' + (links > 1 ? links : '');
      }
    }
    p.el.replaceChildren(out);
    for (const [cls, keys] of [
      ['sel', this.selected ? [this.selected] : []],
      ['rel', [...this.related]],
      ['hover', this.hovered ? [this.hovered] : []],
      ['sugsel', this.focusedSuggestion ? [this.focusedSuggestion] : []],
    ] as [string, string[]][]) {
      keys.forEach((k) => this.segmentsOf(k, p.el).forEach((s) => s.classList.add(cls)));
    }
  }

  private style(seg: HTMLElement, keys: string[]) {
    if (keys.length === 1 && keys[0] === PENDING) {
      seg.classList.add('pending');
      return;
    }
    const colorOf = (k: string) => this.labels.get(this.spans.get(k)!.label)?.color ?? '#888888';
    const own = keys.filter((k) => k !== PENDING && !this.spans.get(k)!.other && !this.spans.get(k)!.suggested);
    const others = keys.filter((k) => k !== PENDING && this.spans.get(k)!.other);
    const suggested = keys.filter((k) => k !== PENDING && this.spans.get(k)!.suggested);
    if (suggested.length > 0) {
      seg.classList.add('suggested');
      seg.style.setProperty('--cd-sug-color', colorOf(suggested[suggested.length - 1]));
    }
    const colors = own.map(colorOf);
    if (keys.includes(PENDING)) seg.classList.add('pending');
    if (others.length > 0) {
      seg.classList.add('other');
      seg.style.setProperty('--cd-other-color', colorOf(others[others.length - 1]));
    }
    if (colors.length === 0) return;
    const inner = colors[colors.length - 1];
    seg.style.backgroundColor = inner + '33';
    const shadows = colors
      .slice()
      .reverse()
      .map((c, k) => `inset 0 -${2 * (k + 1)}px 0 0 ${c}`);
    seg.style.boxShadow = shadows.join(',');
    seg.style.paddingBottom = 2 * colors.length - 1 + 'px';
  }

  private segmentsOf(key: string, root: HTMLElement = this.container): HTMLElement[] {
    const span = this.spans.get(key);
    if (!span) return [];
    const result: HTMLElement[] = [];
    const roots = root === this.container ? this.paragraphsOf(span).map((i) => this.paragraphs[i].el) : [root];
    for (const r of roots) {
      r.querySelectorAll<HTMLElement>('.seg').forEach((s) => {
        if ((s.dataset.ids ?? '').split(' ').includes(key)) result.push(s);
      });
    }
    return result;
  }

  private toggleClass(key: string | null, cls: string, on: boolean) {
    if (key === null) return;
    this.segmentsOf(key).forEach((s) => s.classList.toggle(cls, on));
  }
}
