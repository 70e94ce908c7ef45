// Memo Red Flags: the report webview (memo scorecard and workspace portfolio).
// Plain browser script, loaded with <script nonce=…> under a CSP without inline script: listeners are added
// with addEventListener, and the DOM is built with createElement and text nodes only. Memo text is never
// parsed as HTML.
//
// Extension → webview: {type:'strings', strings}, {type:'memo', report}, {type:'portfolio', report, progress?, final}.
// Webview → extension: {type:'ready'}, {type:'reveal', line, column, uri?}, {type:'open', uri},
//   {type:'export', format, view}, {type:'cancel'}, {type:'openDoc', ruleId}, {type:'refresh', view}.
// The report model is src/report/types.ts; the protocol is src/report/protocol.ts.
(function () {
  'use strict';

  // English defaults: the same keys and text as REPORT_STRINGS in src/report/strings.ts (a test checks).
  const DEFAULT_STRINGS = /* strings:begin */ {
    "title.memo": "Memo report",
    "title.portfolio": "Workspace report",
    "waiting": "Waiting for a report…",
    "count.red": "Red flags",
    "count.green": "Strengths",
    "count.gap": "Gaps",
    "count.acknowledged": "Accepted risks",
    "count.directive": "Directive problems",
    "counts.label": "Counts",
    "section.questions": "Zhu's core questions",
    "section.findings": "Findings",
    "section.accepted": "Accepted risks",
    "status.answered": "Answered",
    "status.tracked": "Tracked in Open questions",
    "status.unanswered": "Unanswered",
    "status.not-applicable": "Not applicable",
    "status.not-checked": "Not checked",
    "kind.red": "Red flag",
    "kind.green": "Strength",
    "kind.gap": "Gap",
    "kind.directive": "Directive",
    "severity.error": "Error",
    "severity.warning": "Warning",
    "severity.information": "Information",
    "severity.hint": "Hint",
    "export": "Export",
    "export.markdown": "Markdown",
    "export.html": "HTML",
    "export.json": "JSON",
    "refresh": "Refresh",
    "cancel": "Cancel",
    "ruleDocs": "Rule docs",
    "line": "Line {0}",
    "goToLine": "Go to line {0}",
    "wholeMemo": "Whole memo",
    "findingsCount": "{0} findings",
    "findingsCount.one": "1 finding",
    "noFindings": "No findings.",
    "noAccepted": "No accepted risks.",
    "rationale": "Rationale: {0}",
    "noRationale": "No rationale given.",
    "acknowledgedAt": "Accepted at line {0}",
    "scope.block": "This block",
    "scope.file": "Whole memo",
    "zhuAsks": "Zhu asks",
    "column.name": "Memo",
    "column.title": "Title",
    "column.red": "Red",
    "column.green": "Green",
    "column.gap": "Gaps",
    "column.acknowledged": "Accepted",
    "totals": "Total ({0} memos)",
    "progress": "Scanned {0} of {1} memos",
    "scanning": "Scanning the workspace…",
    "incomplete": "Scan stopped after {0} of {1} memos.",
    "noMemos": "No memos found.",
    "error": "Error: {0}",
    "openMemo": "Open {0}",
    "sortBy": "Sort by {0}",
    "engine": "Memo Red Flags {0}"
  } /* strings:end */;

  const vscode =
    typeof acquireVsCodeApi === 'function'
      ? acquireVsCodeApi()
      : { postMessage: function () {}, getState: function () { return undefined; }, setState: function () {} };

  const NUMERIC_KEYS = ['red', 'green', 'gap', 'acknowledged'];
  const SORT_KEYS = ['name'].concat(NUMERIC_KEYS);
  const STATUS_MARK = { answered: '✓', tracked: '◐', unanswered: '✗', 'not-applicable': '–', 'not-checked': '?' };
  const KINDS = ['red', 'green', 'gap', 'directive'];

  /** What the panel shows; saved with vscode.setState so a revived panel shows it again. */
  const state = {
    view: null, // 'memo' | 'portfolio'
    report: null,
    progress: null,
    final: true,
    sort: { key: 'red', dir: 'descending' },
    collapsed: {},
    strings: null,
  };
  restoreState(vscode.getState());

  // The page's own container (#report-root, or #app), else one made here.
  let root = document.getElementById('report-root') || document.getElementById('app');
  if (!root) {
    root = document.createElement('main');
    root.setAttribute('id', 'report-root');
    document.body.appendChild(root);
  }
  /** Elements that can keep the focus across a re-render, by key. */
  let focusables = new Map();

  function restoreState(saved) {
    if (!saved || typeof saved !== 'object') return;
    if (saved.view === 'memo' || saved.view === 'portfolio') state.view = saved.view;
    if (saved.report && typeof saved.report === 'object') state.report = saved.report;
    if (saved.progress && typeof saved.progress === 'object') state.progress = saved.progress;
    state.final = saved.final !== false;
    if (saved.sort && SORT_KEYS.indexOf(saved.sort.key) >= 0) {
      state.sort = { key: saved.sort.key, dir: saved.sort.dir === 'ascending' ? 'ascending' : 'descending' };
    }
    if (saved.collapsed && typeof saved.collapsed === 'object') state.collapsed = saved.collapsed;
    if (saved.strings && typeof saved.strings === 'object') state.strings = saved.strings;
  }

  function saveState() {
    vscode.setState({
      view: state.view,
      report: state.report,
      progress: state.progress,
      final: state.final,
      sort: state.sort,
      collapsed: state.collapsed,
      strings: state.strings,
    });
  }

  function post(message) {
    vscode.postMessage(message);
  }

  // ----------------------------------------------------------------------------------------------------------
  // Helpers

  /** A localised string with its {0}, {1} placeholders filled (in one pass: arguments are never re-read). */
  function t(key) {
    const args = Array.prototype.slice.call(arguments, 1);
    const own = state.strings && typeof state.strings[key] === 'string' ? state.strings[key] : undefined;
    const template = own !== undefined ? own : Object.prototype.hasOwnProperty.call(DEFAULT_STRINGS, key) ? DEFAULT_STRINGS[key] : key;
    return template.replace(/\{(\d+)\}/g, function (m, i) {
      return Number(i) < args.length ? String(args[Number(i)]) : m;
    });
  }

  function str(v) {
    return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
  }

  function num(v) {
    return typeof v === 'number' && isFinite(v) ? v : 0;
  }

  function arr(v) {
    return Array.isArray(v) ? v : [];
  }

  /**
   * Creates an element. `attrs` are set with setAttribute (never event handlers); `children` are nodes or strings,
   * and strings become text nodes.
   */
  function el(tag, attrs) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const name of Object.keys(attrs)) {
        const value = attrs[name];
        if (value === undefined || value === null || value === false) continue;
        if (/^on/i.test(name)) throw new Error('report.js: event handler attributes are not allowed');
        node.setAttribute(name, value === true ? '' : String(value));
      }
    }
    for (let i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function append(node, child) {
    if (child === undefined || child === null || child === false) return;
    if (Array.isArray(child)) {
      for (const c of child) append(node, c);
      return;
    }
    if (typeof child === 'string' || typeof child === 'number') {
      node.appendChild(document.createTextNode(String(child)));
      return;
    }
    node.appendChild(child);
  }

  /** A text-only element: its content is set with textContent. */
  function text(tag, attrs, value) {
    const node = el(tag, attrs);
    node.textContent = str(value);
    return node;
  }

  function button(label, attrs, onClick) {
    const b = el('button', Object.assign({ type: 'button' }, attrs || {}));
    b.textContent = label;
    b.addEventListener('click', onClick);
    const key = attrs && attrs['data-focus'];
    if (key) focusables.set(key, b);
    return b;
  }

  /** A link-styled button that reveals a line of the memo. */
  function lineButton(label, line, column) {
    const report = state.report || {};
    const uri = report.memo && typeof report.memo.uri === 'string' ? report.memo.uri : undefined;
    return button(label, { class: 'link line-link', 'aria-label': t('goToLine', line), 'data-focus': 'line:' + line + ':' + column + ':' + label }, function (e) {
      e.stopPropagation();
      const msg = { type: 'reveal', line: line, column: column };
      if (uri !== undefined) msg.uri = uri;
      post(msg);
    });
  }

  function toolbar(view) {
    const bar = el('div', { class: 'toolbar', role: 'toolbar', 'aria-label': t('export') });
    bar.appendChild(text('span', { class: 'toolbar-label', 'aria-hidden': 'true' }, t('export')));
    for (const format of ['markdown', 'html', 'json']) {
      bar.appendChild(
        button(t('export.' + format), { class: 'secondary', 'data-focus': 'export:' + format, title: t('export') + ': ' + t('export.' + format) }, function () {
          post({ type: 'export', format: format, view: view });
        }),
      );
    }
    bar.appendChild(
      button(t('refresh'), { class: 'secondary refresh', 'data-focus': 'refresh' }, function () {
        post({ type: 'refresh', view: view });
      }),
    );
    return bar;
  }

  // ----------------------------------------------------------------------------------------------------------
  // Memo view

  function renderMemo(report) {
    const memo = report.memo || {};
    const counts = report.counts || {};
    const frag = el('div', { class: 'memo-report' });

    frag.appendChild(
      el(
        'header',
        { class: 'report-header' },
        el('div', { class: 'heading' }, text('h1', null, str(memo.title) || str(memo.name)), text('p', { class: 'meta' }, t('title.memo') + ' · ' + str(memo.name) + ' · ' + t('engine', str(report.engineVersion)))),
        toolbar('memo'),
      ),
    );

    const list = el('ul', { class: 'counts' });
    for (const kind of ['red', 'green', 'gap']) {
      list.appendChild(el('li', { class: 'count count-' + kind }, text('span', { class: 'count-number' }, num(counts[kind])), text('span', { class: 'count-label' }, t('count.' + kind))));
    }
    list.appendChild(el('li', { class: 'count count-small count-acknowledged' }, text('span', { class: 'count-number' }, num(counts.acknowledged)), text('span', { class: 'count-label' }, t('count.acknowledged'))));
    if (num(counts.directive) > 0) {
      list.appendChild(el('li', { class: 'count count-small count-directive' }, text('span', { class: 'count-number' }, num(counts.directive)), text('span', { class: 'count-label' }, t('count.directive'))));
    }
    frag.appendChild(el('section', { class: 'counts-section', 'aria-label': t('counts.label') }, list));

    frag.appendChild(renderQuestions(arr(report.questions)));
    frag.appendChild(renderGroups(arr(report.groups)));
    frag.appendChild(renderAccepted(arr(report.acknowledged)));
    return frag;
  }

  function renderQuestions(questions) {
    const section = el('section', { class: 'questions-section', 'aria-labelledby': 'questions-heading' }, text('h2', { id: 'questions-heading' }, t('section.questions')));
    const list = el('ul', { class: 'questions' });
    for (const q of questions) {
      const status = STATUS_MARK[q.status] ? q.status : 'not-checked';
      const item = el(
        'li',
        { class: 'question status-' + status },
        text('span', { class: 'mark', 'aria-hidden': 'true' }, STATUS_MARK[status]),
        el('div', { class: 'question-body' }, el('div', { class: 'question-line' }, text('span', { class: 'status' }, t('status.' + status)), ' ', text('span', { class: 'question-text' }, q.question), q.line ? [' ', lineButton(t('line', num(q.line)), num(q.line), num(q.column) || 1)] : null)),
      );
      const body = item.lastChild;
      if (q.excerpt) body.appendChild(text('blockquote', { class: 'excerpt' }, q.excerpt));
      if (q.acknowledged) body.appendChild(ackNote(q.acknowledged));
      list.appendChild(item);
    }
    section.appendChild(list);
    return section;
  }

  function ackNote(ack) {
    const rationale = str(ack.rationale);
    return el('div', { class: 'ack-note' }, text('span', { class: 'ack-where' }, t('acknowledgedAt', num(ack.line))), ' — ', text('span', { class: rationale ? 'rationale' : 'rationale missing' }, rationale ? t('rationale', rationale) : t('noRationale')));
  }

  function renderGroups(groups) {
    const section = el('section', { class: 'findings-section', 'aria-labelledby': 'findings-heading' }, text('h2', { id: 'findings-heading' }, t('section.findings')));
    if (groups.length === 0) section.appendChild(text('p', { class: 'empty' }, t('noFindings')));
    for (const g of groups) {
      const ruleId = str(g.ruleId);
      const kind = KINDS.indexOf(g.kind) >= 0 ? g.kind : 'directive';
      const findings = arr(g.findings);
      const details = el('details', { class: 'group kind-' + kind, open: !state.collapsed[ruleId] });
      const summary = el(
        'summary',
        { 'data-focus': 'group:' + ruleId },
        text('span', { class: 'badge badge-' + kind }, t('kind.' + kind)),
        ' ',
        text('span', { class: 'group-title' }, g.title),
        ' ',
        text('span', { class: 'group-count' }, findings.length === 1 ? t('findingsCount.one') : t('findingsCount', findings.length)),
        ' ',
        text('code', { class: 'rule-id' }, ruleId),
      );
      focusables.set('group:' + ruleId, summary);
      details.appendChild(summary);
      details.addEventListener('toggle', function () {
        if (details.open) delete state.collapsed[ruleId];
        else state.collapsed[ruleId] = true;
        saveState();
      });
      const body = el('div', { class: 'group-body' });
      if (g.claim) body.appendChild(text('p', { class: 'claim' }, g.claim));
      const list = el('ol', { class: 'findings' });
      for (const f of findings) {
        const severity = ['error', 'warning', 'information', 'hint'].indexOf(f.severity) >= 0 ? f.severity : 'information';
        const where = f.scope === 'document' ? t('wholeMemo') : t('line', num(f.line));
        const item = el(
          'li',
          { class: 'finding severity-' + severity + (f.acknowledged ? ' acknowledged' : '') },
          el('div', { class: 'finding-line' }, lineButton(where, num(f.line), num(f.column) || 1), ' ', text('span', { class: 'severity', title: t('severity.' + severity) }, t('severity.' + severity)), ' ', text('span', { class: 'message' }, f.message)),
        );
        if (f.excerpt) item.appendChild(text('blockquote', { class: 'excerpt' }, f.excerpt));
        if (f.acknowledged) item.appendChild(ackNote(f.acknowledged));
        list.appendChild(item);
      }
      body.appendChild(list);
      const questions = arr(g.questions);
      if (questions.length) {
        body.appendChild(text('p', { class: 'zhu-asks' }, t('zhuAsks')));
        const ql = el('ul', { class: 'rule-questions' });
        for (const q of questions) ql.appendChild(text('li', null, q));
        body.appendChild(ql);
      }
      if (g.docPath) {
        body.appendChild(
          button(t('ruleDocs'), { class: 'link doc-link', 'data-focus': 'doc:' + ruleId }, function () {
            post({ type: 'openDoc', ruleId: ruleId });
          }),
        );
      }
      details.appendChild(body);
      section.appendChild(details);
    }
    return section;
  }

  function renderAccepted(items) {
    const section = el('section', { class: 'accepted-section', 'aria-labelledby': 'accepted-heading' }, text('h2', { id: 'accepted-heading' }, t('section.accepted')));
    if (items.length === 0) {
      section.appendChild(text('p', { class: 'empty' }, t('noAccepted')));
      return section;
    }
    const list = el('ul', { class: 'accepted' });
    for (const a of items) {
      const rationale = str(a.rationale);
      const item = el(
        'li',
        { class: 'accepted-item' },
        el('div', { class: 'accepted-line' }, lineButton(t('line', num(a.line)), num(a.line), num(a.column) || 1), ' ', text('span', { class: 'group-title' }, a.title), ' ', text('code', { class: 'rule-id' }, a.ruleId), ' ', text('span', { class: 'scope' }, t(a.scope === 'file' ? 'scope.file' : 'scope.block'))),
        text('p', { class: rationale ? 'rationale' : 'rationale missing' }, rationale ? t('rationale', rationale) : t('noRationale')),
      );
      if (a.excerpt) item.appendChild(text('blockquote', { class: 'excerpt' }, a.excerpt));
      list.appendChild(item);
    }
    section.appendChild(list);
    return section;
  }

  // ----------------------------------------------------------------------------------------------------------
  // Portfolio view

  const COLUMNS = [
    { key: 'name', label: 'column.name', sortable: true },
    { key: 'title', label: 'column.title', sortable: false },
    { key: 'red', label: 'column.red', sortable: true, numeric: true },
    { key: 'green', label: 'column.green', sortable: true, numeric: true },
    { key: 'gap', label: 'column.gap', sortable: true, numeric: true },
    { key: 'acknowledged', label: 'column.acknowledged', sortable: true, numeric: true },
  ];

  /** Rows in the current sort order; rows with an error always come last. */
  function sortedRows(rows) {
    const key = state.sort.key;
    const sign = state.sort.dir === 'ascending' ? 1 : -1;
    const byPath = function (a, b) {
      return str(a.path || a.name).localeCompare(str(b.path || b.name), undefined, { numeric: true, sensitivity: 'base' });
    };
    return rows.slice().sort(function (a, b) {
      const ea = a.error !== undefined ? 1 : 0;
      const eb = b.error !== undefined ? 1 : 0;
      if (ea !== eb) return ea - eb;
      if (key === 'name') return sign * byPath(a, b);
      return sign * (num(a[key]) - num(b[key])) || byPath(a, b);
    });
  }

  function setSort(key) {
    if (state.sort.key === key) state.sort = { key: key, dir: state.sort.dir === 'ascending' ? 'descending' : 'ascending' };
    else state.sort = { key: key, dir: key === 'name' ? 'ascending' : 'descending' };
    saveState();
    render();
  }

  function renderPortfolio(report) {
    const frag = el('div', { class: 'portfolio-report' });
    frag.appendChild(el('header', { class: 'report-header' }, el('div', { class: 'heading' }, text('h1', null, t('title.portfolio')), text('p', { class: 'meta' }, t('engine', str(report.engineVersion)))), toolbar('portfolio')));

    const progress = state.progress;
    if (!state.final) {
      const done = progress ? num(progress.done) : 0;
      const total = progress ? num(progress.total) : 0;
      const label = total ? t('progress', done, total) : t('scanning');
      const bar = el('progress', { id: 'scan-progress', max: String(Math.max(total, 1)), 'aria-label': label });
      if (total) bar.setAttribute('value', String(done));
      frag.appendChild(
        el(
          'div',
          { class: 'progress-row' },
          text('span', { class: 'progress-label', role: 'status', 'aria-live': 'polite' }, label),
          bar,
          button(t('cancel'), { class: 'secondary cancel', 'data-focus': 'cancel' }, function () {
            post({ type: 'cancel' });
          }),
        ),
      );
    } else if (report.incomplete) {
      frag.appendChild(text('p', { class: 'notice', role: 'status' }, t('incomplete', num(report.incomplete.done), num(report.incomplete.total))));
    }

    const rows = arr(report.rows);
    if (rows.length === 0 && state.final) {
      frag.appendChild(text('p', { class: 'empty' }, t('noMemos')));
      return frag;
    }

    const table = el('table', { class: 'portfolio' });
    const headRow = el('tr');
    for (const col of COLUMNS) {
      const th = el('th', { scope: 'col', class: col.numeric ? 'num' : null });
      if (col.sortable) {
        const active = state.sort.key === col.key;
        th.setAttribute('aria-sort', active ? state.sort.dir : 'none');
        const b = button(t(col.label), { class: 'sort' + (active ? ' active' : ''), 'data-focus': 'sort:' + col.key, title: t('sortBy', t(col.label)) }, function () {
          setSort(col.key);
        });
        b.appendChild(text('span', { class: 'sort-indicator', 'aria-hidden': 'true' }, active ? (state.sort.dir === 'ascending' ? ' ▲' : ' ▼') : ''));
        th.appendChild(b);
      } else {
        th.textContent = t(col.label);
      }
      headRow.appendChild(th);
    }
    table.appendChild(el('thead', null, headRow));

    const body = el('tbody');
    for (const r of sortedRows(rows)) {
      const path = str(r.path || r.name);
      const uri = typeof r.uri === 'string' && r.uri ? r.uri : undefined;
      const tr = el('tr', { class: 'row' + (r.error !== undefined ? ' has-error' : '') + (uri ? ' openable' : '') });
      const nameCell = el('td', { class: 'name' });
      if (uri) {
        nameCell.appendChild(button(path, { class: 'link open-link', 'aria-label': t('openMemo', path), 'data-focus': 'open:' + path }, function () {}));
        tr.addEventListener('click', function () {
          post({ type: 'open', uri: uri });
        });
      } else {
        nameCell.textContent = path;
      }
      tr.appendChild(nameCell);
      if (r.error !== undefined) {
        tr.appendChild(text('td', { class: 'error', colspan: '5' }, t('error', str(r.error))));
      } else {
        tr.appendChild(text('td', { class: 'title' }, r.title));
        for (const key of NUMERIC_KEYS) tr.appendChild(text('td', { class: 'num col-' + key + (num(r[key]) ? '' : ' zero') }, num(r[key])));
      }
      body.appendChild(tr);
    }
    table.appendChild(body);

    const totals = report.totals || {};
    const foot = el('tr', { class: 'totals' }, text('td', { colspan: '2' }, t('totals', num(totals.memos))));
    for (const key of NUMERIC_KEYS) foot.appendChild(text('td', { class: 'num col-' + key }, num(totals[key])));
    table.appendChild(el('tfoot', null, foot));
    frag.appendChild(el('div', { class: 'table-wrap' }, table));
    return frag;
  }

  // ----------------------------------------------------------------------------------------------------------
  // Rendering and messages

  function render() {
    const active = document.activeElement;
    const focusKey = active && typeof active.getAttribute === 'function' ? active.getAttribute('data-focus') : null;
    focusables = new Map();
    let content;
    if (state.view === 'memo' && state.report) content = renderMemo(state.report);
    else if (state.view === 'portfolio' && state.report) content = renderPortfolio(state.report);
    else content = text('p', { class: 'waiting' }, t('waiting'));
    while (root.firstChild) root.removeChild(root.firstChild);
    root.appendChild(content);
    document.title = state.view === 'portfolio' ? t('title.portfolio') : t('title.memo');
    if (focusKey) {
      const target = focusables.get(focusKey);
      if (target && typeof target.focus === 'function') target.focus();
    }
  }

  window.addEventListener('message', function (event) {
    const msg = event.data;
    if (!msg || typeof msg !== 'object' || typeof msg.type !== 'string') return;
    if (msg.type === 'strings') {
      if (!msg.strings || typeof msg.strings !== 'object') return;
      const strings = {};
      for (const key of Object.keys(DEFAULT_STRINGS)) {
        if (typeof msg.strings[key] === 'string') strings[key] = msg.strings[key];
      }
      state.strings = strings;
    } else if (msg.type === 'memo') {
      if (!msg.report || typeof msg.report !== 'object') return;
      state.view = 'memo';
      state.report = msg.report;
      state.progress = null;
      state.final = true;
    } else if (msg.type === 'portfolio') {
      if (!msg.report || typeof msg.report !== 'object') return;
      state.view = 'portfolio';
      state.report = msg.report;
      state.progress = msg.progress && typeof msg.progress === 'object' ? { done: num(msg.progress.done), total: num(msg.progress.total) } : null;
      state.final = msg.final !== false;
    } else {
      return;
    }
    saveState();
    render();
  });

  render();
  post({ type: 'ready' });
})();
