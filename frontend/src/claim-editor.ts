import { LitElement, css, html } from 'lit';
import { SpanLayout, type Frag, type LabelDef, type SpanData } from './span-layout';
import { TextPositions } from './text-positions';
import { KEYMAP } from './keymap';

/**
 * The article text with every span of the layer highlighted, and the keyboard and mouse
 * interaction to tag, select, link and delete spans.
 *
 * All offsets here are UTF-16 code units (the browser's unit); the server converts them to and
 * from code points. The text is rendered with textContent only, never as HTML.
 *
 * Rendering is per paragraph: a change redraws only the paragraphs that the changed span
 * touches, which keeps tagging fast on long documents.
 */
interface RelData {
  id: number;
  type: string;
  from: number;
  to: number;
}

/** What the server sends with the view: where the layer's data is, and the state it must match. */
interface LoadHead {
  url: string;
  fingerprint: string;
  labels: LabelDef[];
  readOnly: boolean;
  snap: boolean;
}

/** The layer as EditorData encodes it: spans are [id, label index, start, end, start, end, ...]. */
interface LayerData {
  fingerprint: string;
  text: string;
  annotator: string;
  joiner: string;
  labels: string[];
  spans: number[][];
  notes: Record<string, string>;
  types: string[];
  relations: [number, number, number, number][];
}

async function fetchLayer(url: string, early: boolean): Promise<LayerData> {
  // the page of /documents/{id} carries its layer (EditorPrefetch); taken once, then fetched
  const embedded = document.getElementById('claimdesk-editor-data');
  // prepaint.js has parsed it already for the first screen; parsing 100,000 characters twice costs a frame
  const parsed = (window as { claimdeskEditorData?: { url?: string; data: LayerData } }).claimdeskEditorData;
  delete (window as { claimdeskEditorData?: unknown }).claimdeskEditorData;
  if (embedded) {
    embedded.remove();
    if (early && embedded.dataset.url === url) {
      if (parsed && parsed.url === url) return parsed.data;
      if (embedded.textContent) return JSON.parse(embedded.textContent) as LayerData;
    }
  }
  const response = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`The document could not be loaded (${response.status}). Reload the page to try again.`);
  }
  return (await response.json()) as LayerData;
}

function decodeSpans(data: LayerData): SpanData[] {
  return data.spans.map((row) => {
    const frags: Frag[] = [];
    for (let i = 2; i + 1 < row.length; i += 2) frags.push([row[i], row[i + 1]]);
    const id = row[0];
    return {
      id,
      label: row[1] >= 0 ? data.labels[row[1]] : '?',
      frags,
      text: frags.map((f) => data.text.slice(f[0], f[1])).join(data.joiner),
      annotator: data.annotator,
      note: data.notes[String(id)] ?? null,
    };
  });
}

interface Server {
  createSpan(label: string, fragsJson: string): Promise<string>;
  addFragment(spanId: number, start: number, end: number): Promise<void>;
  changeLabel(spanId: number, label: string): Promise<void>;
  deleteSpan(spanId: number): Promise<void>;
  createRelation(fromId: number, toId: number): Promise<void>;
  spanSelected(spanId: number): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  suggestionsWanted?(): Promise<void>;
  acceptSuggestion?(id: number): Promise<void>;
  acceptSuggestions?(idsJson: string): Promise<void>;
  rejectSuggestion?(id: number): Promise<void>;
}

/** A proposal of a suggestion engine, drawn beneath the layer's spans (UTF-16 offsets). */
interface SuggestionData {
  id: number;
  group: number;
  label: string;
  frags: Frag[];
  score: number;
}

export class ClaimEditor extends LitElement {
  static styles = css`
    :host {
      display: block;
      position: relative;
      outline: none;
      --cd-text-font: Georgia, 'Iowan Old Style', 'Times New Roman', serif;
    }
    :host(:focus-visible) .text {
      box-shadow: inset 3px 0 0 var(--lumo-primary-color-50pct, #8ab4f8);
    }
    .text {
      font-family: var(--cd-text-font);
      font-size: 1.125rem;
      line-height: 2.05;
      max-width: 44em;
      margin: 0 auto;
      padding: 0.5em 1.25em 40vh;
      white-space: pre-wrap;
      overflow-wrap: break-word;
      color: var(--lumo-body-text-color, #1a1a1a);
      border-radius: 6px;
      cursor: text;
    }
    .p {
      min-height: 1em;
    }
    .blk {
      content-visibility: auto;
    }
    .seg {
      border-radius: 2px;
      cursor: pointer;
    }
    .seg.hover {
      outline: 1px solid var(--lumo-contrast-60pct, #555);
    }
    .seg.sel {
      outline: 2px solid var(--lumo-primary-color, #1676f3);
      outline-offset: 1px;
    }
    .seg.rel {
      outline: 1px dashed var(--lumo-primary-color, #1676f3);
    }
    .seg.other {
      border-bottom: 2px dashed var(--cd-other-color, #888);
      cursor: default;
    }
    /* a dotted underline, not a hatched fill: thousands of hatched segments made every scrolled
       frame repaint gradients (100+ frames of 180 missed on 100,000 characters; 0 without) */
    .seg.suggested {
      text-decoration: underline dotted var(--cd-sug-color, #888);
      text-decoration-thickness: 2px;
      text-underline-offset: 4px;
    }
    .seg.sugsel {
      outline: 2px dotted var(--cd-sug-color, #888);
      outline-offset: 1px;
    }
    .seg.pending {
      background: var(--lumo-primary-color-10pct, rgba(22, 118, 243, 0.12));
      outline: 1px dashed var(--lumo-primary-color, #1676f3);
    }
    .seg.linked::after {
      content: attr(data-links);
      font-family: var(--lumo-font-family, sans-serif);
      font-size: 0.65em;
      vertical-align: super;
      color: var(--lumo-secondary-text-color, #666);
      padding-left: 1px;
    }
    .caret {
      position: absolute;
      width: 2px;
      background: var(--lumo-primary-color, #1676f3);
      pointer-events: none;
      animation: blink 1s steps(1) infinite;
    }
    @keyframes blink {
      50% {
        opacity: 0;
      }
    }
    .tip,
    .popup,
    .hint {
      position: absolute;
      z-index: 10;
      font-family: var(--lumo-font-family, sans-serif);
      font-size: 0.8125rem;
      line-height: 1.4;
      background: var(--lumo-base-color, #fff);
      color: var(--lumo-body-text-color, #1a1a1a);
      border: 1px solid var(--lumo-contrast-20pct, #ccc);
      border-radius: 6px;
      box-shadow: 0 4px 14px rgba(0, 0, 0, 0.18);
      padding: 6px 8px;
      max-width: 28em;
      white-space: pre-wrap;
    }
    .tip {
      pointer-events: none;
    }
    .popup {
      display: flex;
      gap: 4px;
      padding: 4px;
      white-space: nowrap;
    }
    .popup button {
      font: inherit;
      border: 1px solid transparent;
      border-radius: 4px;
      padding: 3px 8px;
      cursor: pointer;
      color: inherit;
      background: var(--lumo-contrast-5pct, #f3f3f3);
    }
    .popup button:hover,
    .popup button:focus-visible {
      border-color: currentColor;
    }
    .popup kbd {
      font-family: var(--lumo-font-family-monospace, monospace);
      opacity: 0.7;
      margin-right: 4px;
    }
    .swatch {
      display: inline-block;
      width: 0.7em;
      height: 0.7em;
      border-radius: 2px;
      margin-right: 4px;
    }
    .hint {
      position: sticky;
      top: 0;
      display: block;
      margin: 0 auto;
      max-width: none;
      text-align: center;
      background: var(--lumo-primary-color-10pct, #e8f0fe);
    }
    .help {
      position: fixed;
      z-index: 20;
      top: 4em;
      left: 50%;
      transform: translateX(-50%);
      font-family: var(--lumo-font-family, sans-serif);
      font-size: 0.875rem;
      background: var(--lumo-base-color, #fff);
      border: 1px solid var(--lumo-contrast-20pct, #ccc);
      border-radius: 8px;
      box-shadow: 0 8px 28px rgba(0, 0, 0, 0.25);
      padding: 10px 14px;
    }
    .help td {
      padding: 2px 10px 2px 0;
      vertical-align: top;
    }
    .help kbd {
      font-family: var(--lumo-font-family-monospace, monospace);
      white-space: nowrap;
    }
    [hidden] {
      display: none !important;
    }
  `;

  declare $server: Server;

  private text = '';
  private labels = new Map<string, LabelDef>();
  private relations = new Map<number, RelData>();
  private layout!: SpanLayout;
  private positions!: TextPositions;
  private readOnly = false;
  private snap = true;
  private selectedSpan: number | string | null = null;
  private pending: Frag[] = [];
  private anchor = 0;
  private caret = 0;
  private linking = false;
  private tmpSeq = 0;
  private loadSeq = 0;
  private queued: (() => void)[] | null = null;
  private hovered: string | null = null;
  private suggestions: SuggestionData[] = [];
  /** The suggestion that N moved to, which Enter accepts and X rejects; -1 when none. */
  private suggestionAt = -1;
  /** Shift+Enter accepts the suggestions in view scoring at least this (the side panel's slider). */
  private suggestionThreshold = 0.8;
  /** Milliseconds from the last tagging key press to the span painted; read by benchmarks. */
  lastTagMs = -1;
  /** Milliseconds from the tagging key press until the server confirmed the span. */
  lastTagConfirmedMs = -1;
  /** Milliseconds from load() to the text painted; read by benchmarks. */
  lastLoadMs = -1;
  /** Milliseconds from load() until every paragraph is highlighted (the rest fills in after paint). */
  fullyRenderedMs = -1;
  /** performance.now() when the text was first painted: time since the page started loading. */
  readyAt = -1;

  render() {
    return html`
      <div class="hint" hidden></div>
      <div class="text" part="text"></div>
      <div class="caret" hidden></div>
      <div class="tip" hidden role="tooltip"></div>
      <div class="popup" hidden role="menu"></div>
      <div class="help" hidden role="dialog" aria-label="Keyboard help"></div>
    `;
  }

  private el<T extends HTMLElement>(selector: string): T {
    return this.renderRoot.querySelector(selector) as T;
  }

  firstUpdated() {
    if (!this.hasAttribute('tabindex')) {
      this.tabIndex = 0;
    }
    const container = this.el('.text');
    container.addEventListener('mouseup', (e) => this.onMouseUp(e as MouseEvent));
    container.addEventListener('mouseover', (e) => this.onHover(e as MouseEvent));
    container.addEventListener('mouseleave', () => this.hideTip());
    this.addEventListener('keydown', (e) => this.onKey(e));
    this.addEventListener('blur', () => this.el('.caret').setAttribute('hidden', ''));
    document.addEventListener('mousedown', (e) => {
      if (!e.composedPath().includes(this.el('.popup'))) this.hidePopup();
    });
  }

  // ---- called by the server ----------------------------------------------------------

  async load(json: string) {
    const head: LoadHead = JSON.parse(json);
    const seq = ++this.loadSeq;
    this.queued = [];
    let data: LayerData;
    try {
      data = await fetchLayer(head.url, true);
      if (data.fingerprint !== head.fingerprint) {
        // the early copy predates the view's state: changes in between would be missing
        data = await fetchLayer(head.url, false);
      }
    } catch (e) {
      if (seq === this.loadSeq) {
        this.queued = null;
        this.showLoadError(e instanceof Error ? e.message : String(e));
      }
      return;
    }
    await this.updateComplete;
    if (seq !== this.loadSeq) return; // a newer load() took over meanwhile
    const t0 = performance.now();
    this.text = data.text;
    this.readOnly = head.readOnly;
    this.snap = head.snap;
    this.labels = new Map(head.labels.map((l) => [l.name, l]));
    this.relations = new Map(
      data.relations.map(([id, type, from, to]) => [id, { id, type: data.types[type], from, to }]),
    );
    this.selectedSpan = null;
    this.pending = [];
    this.fullyRenderedMs = -1;
    const container = this.el('.text');
    this.layout = new SpanLayout(container, this.text, this.labels);
    this.positions = new TextPositions(this.layout);
    this.layout.setSpans(decodeSpans(data));
    this.layout.setLinkCounts(this.linkCounts(), []);
    const hint = this.el('.hint');
    if (hint.getAttribute('role') === 'alert') {
      hint.removeAttribute('role');
      hint.setAttribute('hidden', '');
    }
    const calls = this.queued ?? [];
    this.queued = null;
    calls.forEach((call) => call());
    this.layout.renderAll(() => {
      this.fullyRenderedMs = performance.now() - t0;
    });
    afterPaint(() => {
      this.lastLoadMs = performance.now() - t0;
      this.readyAt = performance.now();
      this.dispatchEvent(new CustomEvent('editor-ready'));
      // suggestions come after the text, so they never delay the opening
      this.$server?.suggestionsWanted?.();
    });
  }

  /** The keyboard help: the project's label keys, then the editor's own (keymap.ts). Text only, never HTML. */
  private toggleHelp() {
    const help = this.el('.help');
    if (!help.hasAttribute('hidden')) {
      help.setAttribute('hidden', '');
      return;
    }
    const table = document.createElement('table');
    const row = (keys: string, action: string) => {
      const tr = table.insertRow();
      const k = document.createElement('kbd');
      k.textContent = keys;
      tr.insertCell().append(k);
      tr.insertCell().textContent = action;
    };
    for (const l of this.labels.values()) {
      if (l.key) row(l.key, 'tag as ' + l.name);
    }
    KEYMAP.forEach((b) => row(b.keys, b.action));
    help.replaceChildren(table);
    help.removeAttribute('hidden');
  }

  /** Replaces the suggestions drawn; N keeps its place at the same suggestion, or the one after. */
  showSuggestions(json: string) {
    this.whenLoaded(() => {
      const next: SuggestionData[] = JSON.parse(json);
      next.sort((a, b) => a.frags[0][0] - b.frags[0][0] || a.id - b.id);
      const current = this.suggestionAt >= 0 ? this.suggestions[this.suggestionAt] : undefined;
      this.suggestions = next;
      this.layout.replaceSuggested(next.map((s) => ({
        id: 's' + s.id,
        label: s.label,
        frags: s.frags,
        text: s.frags.map((f) => this.text.slice(f[0], f[1])).join(' … '),
        annotator: 'suggestion ' + Math.round(s.score * 100) + '%',
        note: null,
        suggested: true,
      })));
      if (current) {
        const same = next.findIndex((s) => s.id === current.id);
        const after = next.findIndex((s) => s.frags[0][0] >= current.frags[0][0]);
        this.focusSuggestion(same >= 0 ? same : after >= 0 ? after : next.length - 1, false);
      } else {
        this.layout.markSuggestion(null);
      }
    });
  }

  private focusSuggestion(index: number, scroll: boolean) {
    this.suggestionAt = this.suggestions.length === 0 ? -1 : Math.max(0, Math.min(index, this.suggestions.length - 1));
    const s = this.suggestionAt >= 0 ? this.suggestions[this.suggestionAt] : undefined;
    this.layout.markSuggestion(s ? 's' + s.id : null);
    if (s && scroll) this.layout.scrollTo('s' + s.id);
  }

  setSuggestionThreshold(threshold: number) {
    this.suggestionThreshold = threshold;
  }

  /** Shift+Enter: every suggestion on screen that reaches the threshold, accepted together (one undo step). */
  private acceptInView() {
    const box = this.el('.text').getBoundingClientRect();
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, window.innerHeight);
    const ids = this.suggestions
      .filter((s) => s.score >= this.suggestionThreshold && this.layout.shownBetween('s' + s.id, top, bottom))
      .map((s) => s.id);
    if (ids.length > 0) this.$server.acceptSuggestions?.(JSON.stringify(ids));
  }

  /** N and Shift+N, Enter, Shift+Enter and X: true when the key was a suggestion key and was used. */
  private onSuggestionKey(key: string, shift: boolean): boolean {
    if (this.suggestions.length === 0) return false;
    if (key === 'n' || key === 'N') {
      const from = this.suggestionAt;
      const step = shift || key === 'N' ? -1 : 1;
      const count = this.suggestions.length;
      this.focusSuggestion(from < 0 ? (step > 0 ? 0 : count - 1) : (from + step + count) % count, true);
      return true;
    }
    if (key === 'Enter' && shift && !this.readOnly) {
      this.acceptInView();
      return true;
    }
    const s = this.suggestionAt >= 0 ? this.suggestions[this.suggestionAt] : undefined;
    if (!s || this.readOnly) return false;
    if (key === 'Enter' && !shift) {
      this.$server.acceptSuggestion?.(s.id);
      return true;
    }
    if (key === 'x' || key === 'X') {
      this.$server.rejectSuggestion?.(s.id);
      return true;
    }
    return false;
  }

  /**
   * Calls from the server while the layer's data is on its way are kept, in order, and applied
   * once it is drawn: they are changes the server made after the state that data matches.
   */
  private whenLoaded(call: () => void) {
    if (this.queued) this.queued.push(call);
    else call();
  }

  private showLoadError(message: string) {
    const hint = this.el('.hint');
    hint.textContent = message;
    hint.setAttribute('role', 'alert');
    hint.removeAttribute('hidden');
  }

  setReadOnly(readOnly: boolean) {
    this.whenLoaded(() => {
      this.readOnly = readOnly;
      this.clearPending();
    });
  }

  setSnap(snap: boolean) {
    this.whenLoaded(() => {
      this.snap = snap;
    });
  }

  upsertSpan(json: string) {
    const span: SpanData = JSON.parse(json);
    this.whenLoaded(() => this.layout.upsert(span));
  }

  removeOthers() {
    this.whenLoaded(() => this.layout.removeOthers());
  }

  removeSpan(id: number) {
    this.whenLoaded(() => {
      if (this.selectedSpan === id) this.select(null);
      this.layout.remove(id);
    });
  }

  upsertRelation(json: string) {
    const r: RelData = JSON.parse(json);
    this.whenLoaded(() => {
      this.relations.set(r.id, r);
      this.refreshLinks([r.from, r.to]);
    });
  }

  removeRelation(id: number) {
    this.whenLoaded(() => {
      const r = this.relations.get(id);
      if (!r) return;
      this.relations.delete(id);
      this.refreshLinks([r.from, r.to]);
    });
  }

  /** Selects a span (or none with -1) and optionally scrolls it into view. */
  selectSpan(id: number, scroll: boolean) {
    this.whenLoaded(() => {
      this.select(id >= 0 ? id : null, false);
      if (id >= 0 && scroll) {
        this.layout.scrollTo(id);
      }
    });
  }

  /** Selects a span and waits for a click on the target of a new link. */
  startLink(id: number) {
    this.whenLoaded(() => {
      this.select(id, false);
      this.setLinking(true);
      this.focus({ preventScroll: true });
    });
  }

  // ---- selection to span -------------------------------------------------------------

  private onMouseUp(e: MouseEvent) {
    if (!this.layout) return;
    const sel = this.nativeSelection();
    const additive = e.ctrlKey || e.metaKey;
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) {
      const seg = (e.target as HTMLElement).closest('.seg') as HTMLElement | null;
      const id = seg ? this.layout.innermost(seg) : null;
      if (this.linking && id !== null && typeof id === 'number' && typeof this.selectedSpan === 'number') {
        this.$server.createRelation(this.selectedSpan, id);
        this.setLinking(false);
        return;
      }
      this.setLinking(false);
      this.clearPending();
      this.select(id);
      const pos = this.pointOffset(e);
      if (pos !== null) {
        this.anchor = this.caret = pos;
      }
      this.focus({ preventScroll: true });
      return;
    }
    const range = sel.getRangeAt(0);
    const start = this.positions.offsetOf(range.startContainer, range.startOffset);
    const end = this.positions.offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null) return;
    const frag = this.adjust(Math.min(start, end), Math.max(start, end));
    if (!frag) return;
    this.focus({ preventScroll: true });
    if (additive && typeof this.selectedSpan === 'number' && !this.readOnly) {
      this.$server.addFragment(this.selectedSpan, frag[0], frag[1]);
      sel.removeAllRanges();
      return;
    }
    // No round trip to clear the side panel: the span about to be tagged will replace it.
    this.select(null, false);
    if (additive && this.pending.length > 0) {
      this.pending = [...this.pending, frag];
      this.layout.setPending(this.pending);
      sel.removeAllRanges();
    } else {
      this.layout.setPending([]);
      this.pending = [frag];
      this.anchor = frag[0];
      this.caret = frag[1];
      this.showSelection();
    }
    this.showPopup(range.getBoundingClientRect());
  }

  /** The text offset under the mouse, for placing the keyboard caret where the user clicked. */
  private pointOffset(e: MouseEvent): number | null {
    const doc = document as Document & {
      caretPositionFromPoint?: (x: number, y: number, o?: { shadowRoots: ShadowRoot[] }) => CaretPosition | null;
    };
    const pos = doc.caretPositionFromPoint?.(e.clientX, e.clientY, { shadowRoots: [this.shadowRoot!] });
    return pos ? this.positions.offsetOf(pos.offsetNode, pos.offset) : null;
  }

  /** Snaps to word boundaries (if on) and never cuts a grapheme cluster; null if nothing is left. */
  private adjust(start: number, end: number): Frag | null {
    const t = this.text;
    while (start < end && /\s/.test(t[start])) start++;
    while (end > start && /\s/.test(t[end - 1])) end--;
    if (start >= end) return null;
    const [ws, we] = this.snap ? this.positions.wordBounds(start, end) : [start, end];
    const [gs, ge] = this.positions.graphemeBounds(ws, we);
    return gs < ge ? [gs, ge] : null;
  }

  private tag(label: string) {
    if (this.readOnly || this.pending.length === 0) return;
    const t0 = performance.now();
    const frags = this.pending;
    const tmpId = 'tmp-' + ++this.tmpSeq;
    this.clearPending();
    this.hidePopup();
    this.layout.upsert({ id: tmpId, label, frags, text: '', annotator: '', note: null });
    afterPaint(() => {
      this.lastTagMs = performance.now() - t0;
    });
    this.$server
      .createSpan(label, JSON.stringify(frags))
      .then((json) => {
        this.lastTagConfirmedMs = performance.now() - t0;
        this.layout.remove(tmpId);
        if (json) {
          const span: SpanData = JSON.parse(json);
          this.layout.upsert(span);
          // selecting tells the server, which then fills the details panel in a second answer
          this.select(span.id);
        }
      })
      .catch(() => this.layout.remove(tmpId));
  }

  // ---- keyboard ----------------------------------------------------------------------

  private onKey(e: KeyboardEvent) {
    if (!this.layout || e.composedPath().some((n) => (n as HTMLElement).tagName === 'BUTTON')) {
      if (e.key !== 'Escape') return;
    }
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key;
    if (mod && (key === 'z' || key === 'Z')) {
      e.preventDefault();
      if (e.shiftKey) this.$server.redo();
      else this.$server.undo();
      return;
    }
    if (mod && (key === 'y' || key === 'Y')) {
      e.preventDefault();
      this.$server.redo();
      return;
    }
    if (mod || e.altKey) return;
    if (key === '?') {
      e.preventDefault();
      this.toggleHelp();
      return;
    }
    if (key === 'Escape') {
      this.el('.help').setAttribute('hidden', '');
      this.setLinking(false);
      this.clearPending();
      this.hidePopup();
      this.select(null);
      return;
    }
    if (this.pending.length === 0 && this.onSuggestionKey(key, e.shiftKey)) {
      e.preventDefault();
      return;
    }
    const label = [...this.labels.values()].find((l) => l.key !== null && l.key === key);
    if (label && !this.readOnly) {
      e.preventDefault();
      if (this.pending.length > 0) {
        this.tag(label.name);
      } else if (typeof this.selectedSpan === 'number') {
        this.$server.changeLabel(this.selectedSpan, label.name);
      }
      return;
    }
    if ((key === 'Delete' || key === 'Backspace') && typeof this.selectedSpan === 'number' && !this.readOnly) {
      e.preventDefault();
      this.$server.deleteSpan(this.selectedSpan);
      return;
    }
    if ((key === 'r' || key === 'R') && typeof this.selectedSpan === 'number' && !this.readOnly) {
      e.preventDefault();
      this.setLinking(true);
      return;
    }
    if (key.startsWith('Arrow') || key === 'Home' || key === 'End') {
      e.preventDefault();
      this.moveCaret(key, e.shiftKey);
    }
  }

  private moveCaret(key: string, extend: boolean) {
    const p = this.positions;
    let next = this.caret;
    if (key === 'ArrowRight') next = this.snap ? p.nextWordEnd(this.caret) : p.nextGrapheme(this.caret);
    else if (key === 'ArrowLeft') next = this.snap ? p.prevWordStart(this.caret) : p.prevGrapheme(this.caret);
    else if (key === 'ArrowDown') next = p.nextParagraphStart(this.caret);
    else if (key === 'ArrowUp') next = p.prevParagraphStart(this.caret);
    else if (key === 'Home') next = p.paragraphStart(this.caret);
    else if (key === 'End') next = p.paragraphEnd(this.caret);
    this.caret = next;
    this.select(null);
    this.layout.setPending([]);
    if (!extend) {
      this.anchor = next;
      this.pending = [];
    } else {
      const frag = this.adjust(Math.min(this.anchor, this.caret), Math.max(this.anchor, this.caret));
      this.pending = frag ? [frag] : [];
    }
    this.hidePopup();
    this.showSelection();
  }

  /** Mirrors anchor/caret into the browser selection, or draws a caret when it is collapsed. */
  private showSelection() {
    const sel = this.nativeSelection();
    const caretEl = this.el('.caret');
    const a = this.positions.nodeAt(this.anchor);
    const c = this.positions.nodeAt(this.caret);
    if (!sel || !a || !c) return;
    if (this.anchor === this.caret) {
      sel.removeAllRanges();
      const r = document.createRange();
      r.setStart(c.node, c.offset);
      const rect = r.getClientRects()[0] ?? r.getBoundingClientRect();
      const host = this.getBoundingClientRect();
      caretEl.style.left = rect.left - host.left + 'px';
      caretEl.style.top = rect.top - host.top + 'px';
      caretEl.style.height = (rect.height || 20) + 'px';
      caretEl.removeAttribute('hidden');
      caretEl.scrollIntoView({ block: 'nearest' });
    } else {
      caretEl.setAttribute('hidden', '');
      sel.setBaseAndExtent(a.node, a.offset, c.node, c.offset);
      (c.node.parentElement as HTMLElement | null)?.scrollIntoView({ block: 'nearest' });
    }
  }

  private nativeSelection(): Selection | null {
    const root = this.shadowRoot as ShadowRoot & { getSelection?: () => Selection | null };
    return root.getSelection ? root.getSelection() : document.getSelection();
  }

  private clearPending() {
    this.pending = [];
    this.layout?.setPending([]);
    this.nativeSelection()?.removeAllRanges();
    this.el('.caret')?.setAttribute('hidden', '');
  }

  // ---- span selection, links, hover --------------------------------------------------

  private select(id: number | string | null, notify = true) {
    if (this.selectedSpan === id) return;
    this.selectedSpan = id;
    const related = new Set<number>();
    if (typeof id === 'number') {
      for (const r of this.relations.values()) {
        if (r.from === id) related.add(r.to);
        if (r.to === id) related.add(r.from);
      }
    }
    this.layout.markSelected(id, related);
    if (notify && (id === null || typeof id === 'number')) {
      this.$server?.spanSelected(id ?? -1);
    }
  }

  private setLinking(on: boolean) {
    this.linking = on;
    const hint = this.el('.hint');
    if (on) {
      hint.textContent = 'Link: click the target span (Esc cancels)';
      hint.removeAttribute('hidden');
    } else {
      hint.setAttribute('hidden', '');
    }
  }

  private linkCounts(): Map<number, number> {
    const counts = new Map<number, number>();
    for (const r of this.relations.values()) {
      counts.set(r.from, (counts.get(r.from) ?? 0) + 1);
    }
    return counts;
  }

  private refreshLinks(ids: number[]) {
    this.layout.setLinkCounts(this.linkCounts(), ids);
    if (typeof this.selectedSpan === 'number') {
      const id = this.selectedSpan;
      this.selectedSpan = null;
      this.select(id, false);
    }
  }

  private onHover(e: MouseEvent) {
    const seg = (e.target as HTMLElement).closest('.seg') as HTMLElement | null;
    const id = seg ? this.layout.innermostAny(seg) : null;
    const key = id === null ? null : String(id);
    if (key === this.hovered) {
      this.moveTip(e);
      return;
    }
    this.hovered = key;
    this.layout.markHover(id);
    if (!seg || id === null) {
      this.hideTip();
      return;
    }
    const lines = this.layout
      .covering(seg)
      .map((s) => `${s.label}${s.annotator ? ' · ' + s.annotator : ''}${s.other ? ' (other reviewer)' : ''}\n“${truncate(s.text, 160)}”${s.note ? '\nNote: ' + truncate(s.note, 160) : ''}`);
    const tip = this.el('.tip');
    tip.textContent = lines.join('\n\n');
    tip.removeAttribute('hidden');
    this.moveTip(e);
  }

  /** Positions an overlay at viewport coordinates; overlays are placed relative to this element. */
  private place(el: HTMLElement, clientX: number, clientY: number) {
    const host = this.getBoundingClientRect();
    const x = Math.max(4, Math.min(clientX, host.right - el.offsetWidth - 8));
    el.style.left = x - host.left + 'px';
    el.style.top = clientY - host.top + 'px';
  }

  private moveTip(e: MouseEvent) {
    this.place(this.el('.tip'), e.clientX + 12, e.clientY + 18);
  }

  private hideTip() {
    this.hovered = null;
    this.layout?.markHover(null);
    this.el('.tip')?.setAttribute('hidden', '');
  }

  private showPopup(rect: DOMRect) {
    if (this.readOnly) return;
    const popup = this.el('.popup');
    popup.replaceChildren();
    for (const l of this.labels.values()) {
      const b = document.createElement('button');
      b.type = 'button';
      b.setAttribute('role', 'menuitem');
      const sw = document.createElement('span');
      sw.className = 'swatch';
      sw.style.background = l.color;
      const kbd = document.createElement('kbd');
      kbd.textContent = l.key ?? '';
      b.append(sw, kbd, document.createTextNode(l.name));
      b.addEventListener('mousedown', (e) => e.preventDefault());
      b.addEventListener('click', () => this.tag(l.name));
      popup.append(b);
    }
    popup.removeAttribute('hidden');
    this.place(popup, rect.left, rect.bottom + 6);
  }

  private hidePopup() {
    this.el('.popup')?.setAttribute('hidden', '');
  }
}

/** Runs after the next frame has been painted (a task queued from requestAnimationFrame). */
function afterPaint(fn: () => void) {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}

customElements.define('claim-editor', ClaimEditor);
