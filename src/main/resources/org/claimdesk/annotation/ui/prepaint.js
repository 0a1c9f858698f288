// The first view of a document, painted from the editor's data in the page while Vaadin's client
// starts: the text of the first screen with its highlights, drawn as the editor draws them, read
// only. It goes as soon as the editor has painted its own text. Text is only ever set as
// textContent, never parsed as HTML.
(function () {
  var source = document.getElementById('claimdesk-editor-data');
  if (!source || !window.requestAnimationFrame) return;
  var data;
  try { data = JSON.parse(source.textContent); } catch (e) { return; }
  // handed to the editor, which would otherwise parse the same text again (claim-editor.ts fetchLayer)
  window.claimdeskEditorData = {url: source.dataset.url, data: data};
  var LIMIT = 6000; // UTF-16 units: more than a screen holds
  var text = data.text.length > LIMIT ? data.text.slice(0, data.text.lastIndexOf('\n', LIMIT) + 1 || LIMIT) : data.text;
  var end = text.length;
  // boundaries of the spans' fragments within the first screen
  var starts = [], cuts = {0: true};
  cuts[end] = true;
  data.spans.forEach(function (row) {
    for (var i = 2; i + 1 < row.length; i += 2) {
      if (row[i] >= end || row[i + 1] <= row[i]) continue;
      var e = Math.min(row[i + 1], end);
      starts.push([row[i], e, data.colors[row[1]] || '#888888']);
      cuts[row[i]] = true;
      cuts[e] = true;
    }
  });
  starts.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
  var points = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; });
  // where the editor's text stood the last time at this window width (measured below), else where
  // it stands at 1400x1000: beside the side panel (70 %, less the splitter and a scrollbar), under the header
  var KEY = 'claimdesk.prepaint.geometry';
  var seen = null;
  try { seen = JSON.parse(localStorage.getItem(KEY) || 'null'); } catch (e) { seen = null; }
  if (!seen || seen.width !== innerWidth) seen = null;
  var box = document.createElement('div');
  box.id = 'claimdesk-prepaint';
  box.setAttribute('aria-hidden', 'true');
  var dark = false; // the scheme MainLayout restores
  try { dark = localStorage.getItem('claimdesk-scheme') === 'dark'; } catch (e) { dark = false; }
  box.style.cssText = 'position:fixed;bottom:0;overflow:hidden;pointer-events:none;z-index:1;'
    + 'background:' + (dark ? '#1a1d21;' : '#fff;')
    + (seen ? 'left:' + seen.left + 'px;top:' + seen.top + 'px;width:' + seen.textWidth + 'px'
      : 'left:0;top:242px;width:calc(70% - 21px)');
  var column = document.createElement('div');
  column.style.cssText = "font-family:Georgia,'Iowan Old Style','Times New Roman',serif;font-size:1.125rem;"
    + 'line-height:2.05;margin:0 auto;padding:0.5em 1.25em;white-space:pre-wrap;'
    + 'overflow-wrap:break-word;color:' + (dark ? '#e6e8ea;' : '#1a1a1a;') + (seen ? 'box-sizing:border-box' : 'max-width:44em');
  var open = [], next = 0;
  for (var p = 0; p + 1 < points.length; p++) {
    var from = points[p], to = points[p + 1];
    while (next < starts.length && starts[next][0] <= from) open.push(starts[next++]);
    open = open.filter(function (s) { return s[1] > from; });
    var piece = document.createElement('span');
    piece.textContent = text.slice(from, to);
    if (open.length > 0) {
      var inner = open[open.length - 1][2];
      piece.style.backgroundColor = inner + '33';
      piece.style.boxShadow = open.slice().reverse().map(function (s, k) {
        return 'inset 0 -' + 2 * (k + 1) + 'px 0 0 ' + s[2];
      }).join(',');
    }
    column.appendChild(piece);
  }
  box.appendChild(column);
  document.body.appendChild(box);
  var first = column.firstChild && column.firstChild.getClientRects()[0];
  // where the first character stands, so that a test can see how far the editor moves it
  window.claimdeskPrepaint = {paintedAt: -1, left: first ? first.left : -1, top: first ? first.top : -1};
  requestAnimationFrame(function () {
    setTimeout(function () { window.claimdeskPrepaint.paintedAt = performance.now(); }, 0);
  });
  var until = performance.now() + 20000;
  var layoutSeenAt = -1;
  (function watch() {
    var editor = document.querySelector('claim-editor');
    var text = editor && editor.shadowRoot && editor.shadowRoot.querySelector('.text');
    // readyAt: the editor has painted its text where the page's layout put it
    if (text && editor.readyAt > 0) {
      var r = text.getBoundingClientRect();
      if (r.width > 100 && r.top > 0) {
        try {
          localStorage.setItem(KEY, JSON.stringify({width: innerWidth, left: r.left, top: r.top, textWidth: r.width}));
        } catch (e) { /* private mode: the next first paint uses the defaults */ }
      }
      box.remove();
      return;
    }
    // Vaadin has drawn a page and, a second later, still no editor (an error, a login): nothing to stand in for
    if (!editor && layoutSeenAt < 0 && document.querySelector('vaadin-app-layout, vaadin-vertical-layout')) {
      layoutSeenAt = performance.now();
    }
    if (!editor && layoutSeenAt >= 0 && performance.now() > layoutSeenAt + 1000 || performance.now() > until) {
      box.remove();
      return;
    }
    requestAnimationFrame(watch);
  })();
})();
