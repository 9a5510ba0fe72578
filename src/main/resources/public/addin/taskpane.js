/*
 * Goalbook task pane and browser page. Inside Excel (Office.js loaded, host Excel) it reads and
 * opens workbooks through the Excel API; anywhere else it uploads a chosen file and downloads
 * answers as files. The sign-in key (token) lives in sessionStorage only and travels as a Bearer
 * header. What the page offers follows the token's role (GET /api/me): a region sees only its own
 * region, the controller also the quarter's summary and the reference data, the board its workbook.
 */
(function () {
  'use strict';

  var XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  var MARK_FILL = '#FFC7CE';
  var TOKEN_KEY = 'goalbook.token';
  var PREFS_KEY = 'goalbook.prefs';

  var state = {
    inExcel: false,
    notes: false,
    token: null,
    // GET /api/me: {role, region, regionName, regions, name, lastCompletedPeriod}
    me: null,
    structures: null,
    // Cells the pane has marked, address -> {fill, note}: what to restore once a problem is fixed.
    marked: {}
  };

  function $(id) { return document.getElementById(id); }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  /** A failure to show: always a Swedish sentence, never a status code. */
  function UiError(sv, problems) {
    this.sv = sv;
    this.problems = problems || [];
  }

  var FALLBACK = {
    400: 'Begäran kunde inte behandlas. Kontrollera uppgifterna och försök igen.',
    401: 'Du är inte inloggad eller din inloggningsnyckel gäller inte längre. Logga in igen.',
    403: 'Du har inte behörighet till detta.',
    404: 'Det du bad om finns inte (ännu).',
    409: 'Kvartalet är låst och kan inte ändras.',
    413: 'Filen är för stor.',
    415: 'Filtypen stöds inte. Spara som Excel-arbetsbok (.xlsx) och försök igen.',
    422: 'Arbetsboken kunde inte läsas som kvartalets mall.',
    423: 'Kvartalet är låst och kan inte ändras.'
  };

  // ---------------------------------------------------------------- start

  var BROWSER_MODE = 'Webbsida: välj filen för att kontrollera och skicka in. Svaren laddas ner som filer.';

  function start() {
    wire();
    var token = sessionStorage.getItem(TOKEN_KEY);
    var returned = new URLSearchParams(location.search);
    if (returned.has('code') || returned.has('error')) {
      // back from the issuer's sign-in page (browser page): finish it, then go on as after any sign-in
      finishMicrosoftSignIn(returned);
    } else if (token) { signedIn(token); }
    if (typeof window.Office === 'undefined' || !window.Office || typeof Office.onReady !== 'function') {
      // Outside Excel this is the normal case (or Microsoft's script is unreachable): the page works on its own.
      browserMode(BROWSER_MODE);
      return;
    }
    var decided = false;
    // Office.onReady never resolves on some broken hosts; fall back to the browser page.
    var timer = setTimeout(function () {
      if (!decided) { decided = true; browserMode('Excel svarade inte. ' + BROWSER_MODE); }
    }, 5000);
    Office.onReady(function (info) {
      if (decided) { return; }
      decided = true;
      clearTimeout(timer);
      if (info && info.host === Office.HostType.Excel) {
        excelMode();
      } else {
        browserMode(BROWSER_MODE);
      }
    });
  }

  function excelMode() {
    state.inExcel = true;
    if (!state.token) { singleSignOn(); }
    var req = Office.context && Office.context.requirements;
    state.notes = !!(req && req.isSetSupported('ExcelApi', '1.18'));
    $('mode').textContent = 'I Excel' + (state.notes ? '' : ' (äldre version: problemceller färgas, utan anteckningar)');
    $('mode').className = 'mode ok';
    $('file-row').hidden = true;
    document.body.setAttribute('data-mode', 'excel');
  }

  function browserMode(text) {
    state.inExcel = false;
    offerMicrosoftSignIn();
    $('mode').textContent = text;
    $('mode').className = 'mode';
    $('file-row').hidden = false;
    document.body.setAttribute('data-mode', 'browser');
  }

  function wire() {
    $('signin-form').addEventListener('submit', function (ev) {
      ev.preventDefault();
      var t = $('token').value.trim();
      clearMessages();
      if (t) { signedIn(t); }
    });
    $('signout').addEventListener('click', signOut);
    $('signin-microsoft').addEventListener('click', function () {
      clearMessages();
      startMicrosoftSignIn().catch(function (e) { showError(e); });
    });
    ['year', 'quarter', 'region'].forEach(function (id) { $(id).addEventListener('change', savePrefs); });
    action('act-template', openTemplate);
    action('act-check', function () { return sendWorkbook('validate'); });
    action('act-submit', function () { return sendWorkbook('submissions'); });
    action('act-history', showHistory);
    action('act-status', showStatus);
    action('act-consolidated', function () { return openWorkbook(periodPath() + '/consolidated.xlsx', 'konsoliderad'); });
    action('act-board', function () { return openWorkbook(periodPath() + '/board.xlsx', 'styrelse'); });
    action('act-board-only', function () { return openWorkbook(periodPath() + '/board.xlsx', 'styrelse'); });
    action('act-approve', approve);
    action('act-accept', function () { return decide('accepted'); });
    action('act-return', function () { return decide('returned'); });
    action('act-comment', newComment);
    action('act-reopen', reopen);
    action('act-ref-download', downloadReference, 'ref-error');
    action('act-ref-upload', uploadReference, 'ref-error');
  }

  /** Runs one action at a time: disables the buttons, shows progress and any error (in {@code errorBox}, default #error). */
  function action(id, fn, errorBox) {
    $(id).addEventListener('click', function () {
      var buttons = document.querySelectorAll('.actions button');
      clearMessages();
      setBusy(true, buttons);
      Promise.resolve().then(fn).catch(function (e) { showError(e, errorBox); }).then(function () { setBusy(false, buttons); });
    });
  }

  function setBusy(on, buttons) {
    $('busy').hidden = !on;
    Array.prototype.forEach.call(buttons, function (b) { b.disabled = on; });
  }

  // ---------------------------------------------------------------- sign-in and preferences

  function signedIn(token) {
    state.token = token;
    sessionStorage.setItem(TOKEN_KEY, token);
    $('token').value = '';
    // Who the key belongs to decides what the page shows; until then nothing of the work area is shown.
    api('GET', '/api/me').then(function (res) { return res.json(); }).then(function (me) {
      state.me = me;
      // A person signed in for several regions chooses among them, like the controller among all.
      var several = me.role === 'REGION' && me.regions && me.regions.length > 1;
      return me.role === 'CONTROLLER' || several
        ? api('GET', '/api/regions').then(function (res) { return res.json(); }).then(function (all) {
          return several ? all.filter(function (r) { return me.regions.indexOf(r.id) >= 0; }) : all;
        })
        : (me.region ? [{ id: me.region, name: me.regionName || me.region }] : []);
    }).then(function (regions) {
      showForRole(state.me, regions);
    }).catch(function (e) {
      if (e.status === 401) { signOut(); }
      showError(e);
    });
  }

  /**
   * Inside Excel with sign-in on, the person's Microsoft 365 account signs the pane in: Office gives a
   * token for Goalbook's app registration. When Office cannot (older Excel, no consent, a personal
   * account), the token form stays, with a Swedish explanation of why.
   */
  function singleSignOn() {
    if (!window.Office || !Office.auth || typeof Office.auth.getAccessToken !== 'function') { return Promise.resolve(); }
    return fetch('/addin/sso.json', { headers: { Accept: 'application/json' } })
      .then(function (res) { return res.ok ? res.json() : { enabled: false }; })
      .catch(function () { return { enabled: false }; })
      .then(function (sso) {
        if (!sso.enabled) { return null; }
        $('message').textContent = 'Loggar in med ditt Microsoft 365-konto …';
        return Office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true }).then(function (token) {
          state.sso = true;
          signedIn(token);
        }, function (err) {
          $('message').textContent = '';
          var box = $('signin-error');
          box.textContent = SSO_ERRORS[err && err.code] || ('Inloggningen med Microsoft 365 fungerade inte (kod ' + (err && err.code)
            + '). Logga in med din inloggningsnyckel i stället.');
          box.hidden = false;
        });
      });
  }

  // ---------------------------------------------------------------- sign-in with Microsoft in a browser (code flow with PKCE)

  var PKCE_KEY = 'goalbook.pkce';

  /** Outside Excel, with sign-in on: a button that goes to the issuer's own sign-in page. */
  function offerMicrosoftSignIn() {
    fetch('/addin/sso.json', { headers: { Accept: 'application/json' } })
      .then(function (res) { return res.ok ? res.json() : {}; })
      .catch(function () { return {}; })
      .then(function (sso) {
        if (!sso.browser || !window.crypto || !crypto.subtle) { return; }
        state.browserSignIn = sso.browser;
        $('signin-microsoft').hidden = false;
      });
  }

  function b64url(bytes) {
    var s = '';
    for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function discovery(issuer) {
    return fetch(issuer.replace(/\/$/, '') + '/.well-known/openid-configuration').then(function (res) {
      if (!res.ok) { throw new UiError('Inloggningstjänsten svarar inte just nu. Försök igen om en stund, eller logga in med inloggningsnyckeln.'); }
      return res.json();
    });
  }

  function redirectUri() { return location.origin + location.pathname; }

  function startMicrosoftSignIn() {
    var cfg = state.browserSignIn;
    var verifier = b64url(crypto.getRandomValues(new Uint8Array(32)));
    var nonce = b64url(crypto.getRandomValues(new Uint8Array(16)));
    return crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)).then(function (hash) {
      sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier: verifier, state: nonce, cfg: cfg }));
      return discovery(cfg.issuer).then(function (d) {
        location.assign(d.authorization_endpoint + '?' + new URLSearchParams({
          client_id: cfg.clientId, response_type: 'code', redirect_uri: redirectUri(), scope: cfg.scope,
          state: nonce, code_challenge: b64url(new Uint8Array(hash)), code_challenge_method: 'S256'
        }).toString());
      });
    });
  }

  /** Trades the code for a token at the issuer (the verifier proves this page started the sign-in), then signs in with it. */
  function finishMicrosoftSignIn(q) {
    var saved = JSON.parse(sessionStorage.getItem(PKCE_KEY) || 'null');
    sessionStorage.removeItem(PKCE_KEY);
    history.replaceState(null, '', redirectUri());
    if (q.has('error')) {
      showError(new UiError(q.get('error') === 'access_denied'
        ? 'Inloggningen med Microsoft avbröts. Försök igen, eller logga in med inloggningsnyckeln.'
        : 'Inloggningen med Microsoft misslyckades (' + q.get('error') + '). Logga in med inloggningsnyckeln.'));
      return;
    }
    if (!saved || saved.state !== q.get('state')) {
      showError(new UiError('Inloggningen kunde inte bekräftas. Försök igen med Logga in med Microsoft.'));
      return;
    }
    discovery(saved.cfg.issuer).then(function (d) {
      return fetch(d.token_endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'authorization_code', client_id: saved.cfg.clientId, code: q.get('code'),
          redirect_uri: redirectUri(), code_verifier: saved.verifier }).toString()
      });
    }).then(function (res) {
      return res.json().then(function (t) {
        if (!res.ok || !t.access_token) { throw new UiError('Inloggningen med Microsoft gav ingen nyckel. Försök igen, eller logga in med inloggningsnyckeln.'); }
        signedIn(t.access_token);
      });
    }).catch(function (e) { showError(e instanceof UiError ? e : new UiError('Inloggningstjänsten svarar inte just nu. Försök igen om en stund.')); });
  }

  // Office's documented getAccessToken error codes, in words a regional office understands.
  var SSO_ERRORS = {
    13001: 'Du är inte inloggad i Office. Logga in i Excel med ditt jobbkonto och öppna panelen igen, eller logga in med inloggningsnyckeln.',
    13002: 'Inloggningen med Microsoft 365 avbröts. Öppna panelen igen för att försöka på nytt, eller logga in med inloggningsnyckeln.',
    13003: 'Du är inloggad i Office med ett konto som Goalbook inte tar emot. Logga in med ditt jobbkonto, eller med inloggningsnyckeln.',
    13006: 'Office kunde inte logga in just nu. Starta om Excel och försök igen, eller logga in med inloggningsnyckeln.',
    13007: 'Office kunde inte hämta en inloggning för Goalbook. Be IT kontrollera appregistreringen, och logga in med inloggningsnyckeln så länge.',
    13012: 'Den här Excel-versionen kan inte logga in med Microsoft 365 i panelen. Logga in med inloggningsnyckeln.',
    13013: 'Office bad om inloggning för tätt. Vänta en stund, eller logga in med inloggningsnyckeln.'
  };

  function signOut() {
    state.token = null;
    state.me = null;
    sessionStorage.removeItem(TOKEN_KEY);
    $('work').hidden = true;
    $('signin').hidden = false;
    $('token').focus();
  }

  var ROLE_NAMES = { REGION: 'region', CONTROLLER: 'koncerncontroller', BOARD: 'styrelsen' };

  /** Only what the role may do: a region its own region, the controller everything, the board its workbook. */
  function showForRole(me, regions) {
    var controller = me.role === 'CONTROLLER';
    var region = me.role === 'REGION';
    fillRegions(regions);
    setPeriod(me.lastCompletedPeriod);
    $('region-field').hidden = !(controller || region);
    // A region has nothing to choose: its own region is shown as text (unless it acts for several).
    var choose = controller || (region && regions.length > 1);
    $('region').hidden = !choose;
    $('region-fixed').hidden = choose;
    $('region-fixed').textContent = region && !choose ? (me.regionName || me.region) : '';
    $('region-work').hidden = !(controller || region);
    $('board-work').hidden = me.role !== 'BOARD';
    $('controller').hidden = !controller;
    $('reference').hidden = !controller;
    var who = region ? regions.map(function (r) { return r.name; }).join(' och ') || me.regionName || me.region
      : (ROLE_NAMES[me.role] || me.role);
    $('who').textContent = 'Inloggad som ' + who + (region ? (regions.length > 1 ? ' (regioner)' : ' (region)') : '') + '.';
    $('signin').hidden = true;
    $('work').hidden = false;
    $('message').textContent = 'Inloggad. ' + (choose ? 'Välj kvartal och region.' : 'Välj kvartal.');
  }

  function fillRegions(regions) {
    var select = $('region');
    var wanted = prefs().region;
    select.textContent = '';
    regions.forEach(function (r) {
      var o = el('option', r.name);
      o.value = r.id;
      select.appendChild(o);
    });
    if (wanted && regions.some(function (r) { return r.id === wanted; })) { select.value = wanted; }
  }

  function prefs() {
    try { return JSON.parse(localStorage.getItem(PREFS_KEY)) || {}; } catch (e) { return {}; }
  }

  /**
   * Opens on the last completed quarter (the server's clock: the one people report on). A quarter
   * chosen earlier is kept only while that is still the default: a new quarter starts afresh.
   */
  function setPeriod(lastCompleted) {
    var fallback = lastCompletedOn(new Date());
    var m = /^(\d{4})-Q([1-4])$/.exec(lastCompleted || '') || fallback;
    var p = prefs();
    var kept = p.year && p.quarter && p.defaultPeriod === m[0];
    $('year').value = kept ? p.year : m[1];
    $('quarter').value = String(kept ? p.quarter : m[2]);
    state.defaultPeriod = m[0];
  }

  /** Only when the server does not say: the quarter before today's, e.g. 2024-08-15 → 2024-Q2. */
  function lastCompletedOn(d) {
    var q = Math.floor(d.getMonth() / 3);
    var y = d.getFullYear() - (q === 0 ? 1 : 0);
    var text = y + '-Q' + (q === 0 ? 4 : q);
    return [text, String(y), String(q === 0 ? 4 : q)];
  }

  function savePrefs() {
    // Year, quarter and region only: never the token.
    localStorage.setItem(PREFS_KEY, JSON.stringify({ year: $('year').value, quarter: $('quarter').value, region: $('region').value,
      defaultPeriod: state.defaultPeriod }));
  }

  function year() {
    var y = parseInt($('year').value, 10);
    if (!(y >= 2000 && y <= 2100)) { throw new UiError('Ange ett år, till exempel ' + String(state.defaultPeriod || '2024').substring(0, 4) + '.'); }
    return y;
  }

  function period() {
    return year() + '-Q' + $('quarter').value;
  }

  function periodPath() { return '/api/periods/' + period(); }

  function regionPath() {
    var r = $('region').value;
    if (!r) { throw new UiError('Välj region.'); }
    return periodPath() + '/regions/' + encodeURIComponent(r);
  }

  // ---------------------------------------------------------------- HTTP

  function api(method, path, body, accept) {
    if (!state.token) { return Promise.reject(new UiError(FALLBACK[401])); }
    var headers = { Authorization: 'Bearer ' + state.token };
    if (accept) { headers.Accept = accept; }
    if (body instanceof Blob) {
      headers['Content-Type'] = XLSX;
    } else if (body && !(body instanceof FormData)) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(body);
    }
    return fetch(path, { method: method, headers: headers, body: body, credentials: 'omit', cache: 'no-store' })
      .catch(function () { throw new UiError('Servern svarar inte. Kontrollera nätverket och försök igen.'); })
      .then(function (res) {
        if (res.ok) { return res; }
        return problemOf(res).then(function (err) { throw err; });
      });
  }

  function problemOf(res) {
    var type = res.headers.get('Content-Type') || '';
    var parsed = type.indexOf('json') >= 0 ? res.json().catch(function () { return {}; }) : Promise.resolve({});
    return parsed.then(function (p) {
      var err = new UiError(p.sv || FALLBACK[res.status] || 'Servern kunde inte utföra det just nu. Försök igen senare.', p.problems);
      err.status = res.status;
      return err;
    });
  }

  function fileNameOf(res, fallback) {
    var cd = res.headers.get('Content-Disposition') || '';
    var m = /filename="?([A-Za-z0-9._-]+)"?/.exec(cd);
    return m ? m[1] : fallback;
  }

  // ---------------------------------------------------------------- actions

  function openTemplate() {
    return openWorkbook(regionPath() + '/template.xlsx', 'mall');
  }

  /** Opens a workbook answer as a new workbook in Excel, or saves it as a download in the browser. */
  function openWorkbook(path, what, messageBox) {
    var message = $(messageBox || 'message');
    return api('GET', path, null, XLSX).then(function (res) {
      var name = fileNameOf(res, 'goalbook-' + what + '.xlsx');
      return res.arrayBuffer().then(function (buf) {
        if (state.inExcel) {
          return Excel.createWorkbook(toBase64(buf)).then(function () {
            message.textContent = 'Arbetsboken öppnades i ett nytt fönster (' + name + ').';
          });
        }
        download(new Blob([buf], { type: XLSX }), name);
        message.textContent = 'Arbetsboken laddades ner: ' + name + '.';
      });
    });
  }

  function download(blob, name) {
    var url = URL.createObjectURL(blob);
    var a = el('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 10000);
  }

  /** {@code what} is 'validate' (dry run) or 'submissions' (stores a version). */
  function sendWorkbook(what) {
    var path = regionPath() + '/' + what;
    return currentWorkbook().then(function (blob) {
      var form = new FormData();
      form.append('file', blob, 'arbetsbok.xlsx');
      return api('POST', path, form).then(function (res) { return res.json(); });
    }).then(function (report) {
      showProblems(report.problems || []);
      return markCells(report.problems || []).then(function () {
        if (what === 'submissions') {
          showResult(report);
        } else {
          $('message').textContent = (report.problems || []).some(isError)
            ? 'Kontrollen hittade fel att rätta innan du skickar in.'
            : 'Kontrollen hittade inga fel. Du kan skicka in.';
        }
      });
    }, function (err) {
      if (err.problems && err.problems.length) { showProblems(err.problems); }
      throw err;
    });
  }

  function isError(p) { return p.severity === 'ERROR'; }

  function currentWorkbook() {
    if (state.inExcel) { return readDocument(); }
    var f = $('file').files[0];
    if (!f) {
      $('file').focus();
      return Promise.reject(new UiError('Välj den ifyllda arbetsboken (.xlsx) först.'));
    }
    return Promise.resolve(f);
  }

  /** The open workbook's bytes: getFileAsync (compressed) in 64 KiB slices, always closing the file. */
  function readDocument() {
    return new Promise(function (resolve, reject) {
      var fail = new UiError('Arbetsboken kunde inte läsas från Excel. Spara den och försök igen.');
      Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: 65536 }, function (res) {
        if (res.status !== Office.AsyncResultStatus.Succeeded) { reject(fail); return; }
        var file = res.value;
        var parts = [];
        var next = function (i) {
          file.getSliceAsync(i, function (r) {
            if (r.status !== Office.AsyncResultStatus.Succeeded) {
              file.closeAsync(function () { reject(fail); });
              return;
            }
            parts[i] = new Uint8Array(r.value.data);
            if (i + 1 < file.sliceCount) {
              next(i + 1);
            } else {
              file.closeAsync(function () { resolve(new Blob(parts, { type: XLSX })); });
            }
          });
        };
        next(0);
      });
    });
  }

  function showHistory() {
    return api('GET', regionPath() + '/submissions').then(function (res) { return res.json(); }).then(function (versions) {
      var list = $('history');
      list.textContent = '';
      $('history-box').hidden = false;
      if (!versions.length) {
        list.appendChild(el('li', 'Inga versioner inskickade för kvartalet.'));
        return;
      }
      versions.forEach(function (v) {
        var li = el('li');
        li.appendChild(el('span', 'Version ' + v.version + ' · ' + when(v.time) + (v.who ? ' · ' + v.who : '') + ' · '
          + (v.valid ? 'giltig' : 'med fel'), 'meta'));
        var b = el('button', 'Öppna kommenterad version ' + v.version);
        b.type = 'button';
        b.addEventListener('click', function () {
          clearMessages();
          openWorkbook(regionPath() + '/submissions/' + encodeURIComponent(v.version) + '/annotated.xlsx', 'version-' + v.version)
            .catch(showError);
        });
        li.appendChild(b);
        if (v.review) {
          li.appendChild(el('p', v.review.stateText + ' ' + when(v.review.at) + (v.review.reason ? ': ' + v.review.reason : '')
            + (v.review.override ? ' (' + v.review.override + ')' : ''), 'review ' + v.review.state.toLowerCase()));
        }
        if (v.version > 1) { li.appendChild(changes(v.version - 1, v.version)); }
        list.appendChild(li);
      });
    }).then(showReview);
  }

  // ---------------------------------------------------------------- review and goal comments

  /** Where the region's report stands with the controller, and the conversation per goal with a reply box under each. */
  function showReview() {
    return Promise.all([
      api('GET', regionPath() + '/review').then(function (res) { return res.json(); }),
      api('GET', regionPath() + '/comments').then(function (res) { return res.json(); })
    ]).then(function (both) {
      var review = both[0];
      var threads = both[1].threads || [];
      $('review-box').hidden = false;
      var d = review.decision;
      $('review-state').textContent = 'Status: ' + review.stateText + (d ? ' (version ' + d.version + ', ' + when(d.at) + ' av ' + d.by
        + (d.reason ? ': ' + d.reason : '') + (d.override ? '; godkänd ändå: ' + d.override : '') + ')' : '') + '.';
      var box = $('threads');
      box.textContent = '';
      if (!threads.length) { box.appendChild(el('p', 'Inga kommentarer till målen ännu.', 'hint')); }
      threads.forEach(function (t) { box.appendChild(thread(t)); });
      return fillGoals();
    });
  }

  /** The goals of the structure in force for the chosen year, for a new comment (fetched once per structure). */
  var goalsOf = {};
  function fillGoals() {
    return api('GET', '/api/structures').then(function (res) { return res.json(); }).then(function (all) {
      var y = Number(year());
      var s = all.filter(function (x) { return x.validFrom <= y && (x.validTo == null || y <= x.validTo); })[0];
      if (!s) { return null; }
      return goalsOf[s.id] ? goalsOf[s.id] : api('GET', '/api/structures/' + encodeURIComponent(s.id))
        .then(function (res) { return res.json(); }).then(function (full) {
          goalsOf[s.id] = [];
          full.areas.forEach(function (a) { a.goals.forEach(function (g) { goalsOf[s.id].push(g); }); });
          return goalsOf[s.id];
        });
    }).then(function (goals) {
      var select = $('comment-goal');
      var kept = select.value;
      select.textContent = '';
      (goals || []).forEach(function (g) {
        var o = el('option', g.number + '. ' + g.name);
        o.value = g.id;
        select.appendChild(o);
      });
      if (kept) { select.value = kept; }
    });
  }

  function newComment() {
    var text = $('comment-text').value.trim();
    if (!text) {
      $('comment-text').focus();
      return Promise.reject(new UiError('Skriv kommentaren först.'));
    }
    return api('POST', regionPath() + '/comments', { goalId: $('comment-goal').value, text: text }).then(function () {
      $('comment-text').value = '';
      $('message').textContent = 'Kommentaren är sparad.';
      return showReview();
    });
  }

  function thread(t) {
    var section = el('section', null, 'thread');
    section.appendChild(el('h4', 'Mål ' + t.goalNumber + ': ' + t.goalName));
    var ol = el('ol', null, 'comments');
    t.comments.forEach(function (c) {
      var li = el('li', null, c.from);
      li.appendChild(el('span', (c.from === 'controller' ? 'Koncerncontroller' : c.by) + ' · ' + when(c.at), 'meta'));
      li.appendChild(el('p', c.text));
      ol.appendChild(li);
    });
    section.appendChild(ol);
    var id = 'reply-' + t.goalId;
    var label = el('label', 'Svara om mål ' + t.goalNumber);
    label.htmlFor = id;
    var text = el('textarea');
    text.id = id;
    text.rows = 2;
    text.maxLength = 2000;
    var send = el('button', 'Skicka svar');
    send.type = 'button';
    send.addEventListener('click', function () {
      var value = text.value.trim();
      clearMessages();
      if (!value) { text.focus(); showError(new UiError('Skriv svaret först.')); return; }
      send.disabled = true;
      api('POST', regionPath() + '/comments', { goalId: t.goalId, text: value })
        .then(function () { $('message').textContent = 'Svaret är sparat.'; return showReview(); })
        .catch(showError).then(function () { send.disabled = false; });
    });
    section.appendChild(label);
    section.appendChild(text);
    section.appendChild(send);
    return section;
  }

  /** The controller accepts the selected region's latest version, or returns it with a reason. */
  function decide(decision) {
    var reason = $('review-reason').value.trim();
    if (decision === 'returned' && !reason) {
      $('review-reason').focus();
      return Promise.reject(new UiError('Skriv varför rapporten återförvisas, så att regionen vet vad som ska rättas.'));
    }
    var body = { decision: decision };
    if (reason && decision === 'returned') { body.reason = reason; }
    if (reason && decision === 'accepted') { body[$('review-override').checked ? 'override' : 'reason'] = reason; }
    return api('POST', regionPath() + '/review', body).then(function (res) { return res.json(); }).then(function (r) {
      $('message').textContent = 'Version ' + r.version + ' är ' + r.stateText.toLowerCase() + '.';
      $('review-reason').value = '';
      $('review-override').checked = false;
      return showReview();
    });
  }

  /** "Vad ändrades" under a version: fetched when opened, from the diff against the version before. */
  function changes(from, to) {
    var d = el('details', null, 'diff');
    d.appendChild(el('summary', 'Vad ändrades sedan version ' + from));
    var ul = el('ul');
    d.appendChild(ul);
    d.addEventListener('toggle', function () {
      if (!d.open || d.dataset.loaded) { return; }
      d.dataset.loaded = '1';
      api('GET', regionPath() + '/submissions/' + from + '/diff/' + to).then(function (res) { return res.json(); }).then(function (c) {
        var num = function (x) { return x == null ? 'tomt' : String(x).replace('.', ','); };
        c.inputs.forEach(function (i) { ul.appendChild(el('li', 'Uppgift ' + i.measure + ': ' + num(i.before) + ' → ' + num(i.after))); });
        c.verdicts.forEach(function (g) { ul.appendChild(el('li', 'Mål ' + g.goalNumber + ': ' + g.beforeText + ' → ' + g.afterText)); });
        c.comments.forEach(function (g) { ul.appendChild(el('li', 'Kommentar till mål ' + g.goalNumber + ': ' + (g.after ? '”' + g.after + '”' : 'borttagen'))); });
        if (!ul.children.length) { ul.appendChild(el('li', 'Inga ändrade uppgifter, bedömningar eller kommentarer.')); }
      }).catch(showError);
    });
    return d;
  }

  function when(t) {
    var d = new Date(t);
    return isNaN(d) ? String(t || '') : d.toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' });
  }

  // Plain words: submitted on time or late; not submitted, before or after the deadline.
  var TIMELINESS = { ON_TIME: 'I tid', LATE: 'Försenad', PENDING: 'Inte inlämnad än', OVERDUE: 'Försenad, saknas' };
  var APPROVAL = { OPEN: 'öppet', APPROVED: 'godkänt', REOPENED: 'öppnat igen' };
  var STATUS_COLUMNS = [
    ['name', 'Region'], ['version', 'Version'], ['valid', 'Giltig'], ['met', 'Uppfyllda'], ['notMet', 'Ej uppfyllda'],
    ['missing', 'Uppgift saknas'], ['warnings', 'Varningar'], ['timeliness', 'Inlämning'], ['reviewText', 'Granskning']
  ];

  /** The quarter at a glance: one row per region (GET .../status returns {submitted, valid, approval, perRegion: [...]}). */
  function showStatus() {
    return api('GET', periodPath() + '/status').then(function (res) { return res.json(); }).then(function (status) {
      var rows = status.perRegion || [];
      var box = $('status-grid');
      box.textContent = '';
      $('status-box').hidden = false;
      box.appendChild(el('p', status.submitted + ' av ' + status.regions + ' regioner har lämnat in, ' + status.valid +
        ' giltiga. Kvartalet är ' + (APPROVAL[status.approval] || status.approval) + '.'));
      if (status.noticesFailed > 0) { box.appendChild(failedNotices(status.noticesFailed)); }
      var table = el('table', null, 'goals status');
      var head = table.createTHead().insertRow();
      STATUS_COLUMNS.forEach(function (c) { var th = el('th', c[1]); th.scope = 'col'; head.appendChild(th); });
      var body = table.createTBody();
      rows.forEach(function (r) {
        var tr = body.insertRow();
        STATUS_COLUMNS.forEach(function (c) {
          var v = r[c[0]];
          if (c[0] === 'timeliness') { v = TIMELINESS[v] || v; }
          else if (c[0] === 'reviewText') { v = v + (r.reviewReason ? ': ' + r.reviewReason : ''); }
          // Nothing submitted: no goal counts to show (zeros would read as a verdict).
          else if (r.version == null && c[0] !== 'name') { v = null; }
          tr.insertCell().textContent = v === true ? 'ja' : v === false ? 'nej' : (v == null ? '–' : v);
        });
      });
      box.appendChild(table);
    });
  }

  /** Why a notice failed, in Swedish, from the API's English reason (e.g. "HTTP 404 from the webhook"). */
  function noticeError(reason) {
    var http = /^HTTP (\d+)/.exec(reason || '');
    if (http) { return 'mottagaren svarade med felkod ' + http[1]; }
    if (/^no mail server/.test(reason || '')) { return 'ingen e-postserver är inställd'; }
    if (/^address refused/.test(reason || '')) { return 'e-postservern avvisade adressen'; }
    return 'mottagaren kunde inte nås';
  }

  /** Notices that could not be delivered: a channel to mend (a removed webhook, a refused address). */
  function failedNotices(count) {
    var box = el('div', null, 'warning-item notice-failures');
    box.appendChild(el('p', count + (count === 1 ? ' avisering' : ' aviseringar') + ' kunde inte levereras. Kontrollera mottagarfilen.'));
    var list = el('ul');
    box.appendChild(list);
    api('GET', '/api/notifications?state=FAILED&limit=5').then(function (res) { return res.json(); }).then(function (n) {
      (n.latest || []).forEach(function (x) {
        list.appendChild(el('li', x.address + ': ' + x.title + ' (' + noticeError(x.lastError) + ')'));
      });
    }).catch(function () { /* the count above still tells */ });
    return box;
  }

  function approve() {
    var allowMissing = $('approve-missing').checked;
    var allowNotAccepted = $('approve-not-accepted').checked;
    return api('POST', periodPath() + '/approval', { allowMissing: allowMissing, allowNotAccepted: allowNotAccepted }).then(function () {
      $('message').textContent = 'Kvartalet ' + period() + ' är godkänt' + (allowMissing ? ' (med regioner som saknas).' : '.');
    });
  }

  function reopen() {
    var reason = $('reopen-reason').value.trim();
    if (!reason) {
      $('reopen-reason').focus();
      return Promise.reject(new UiError('Skriv varför kvartalet ska öppnas igen.'));
    }
    return api('POST', periodPath() + '/reopen', { reason: reason }).then(function () {
      $('message').textContent = 'Kvartalet ' + period() + ' är öppnat igen.';
    });
  }

  // ---------------------------------------------------------------- reference data (controller)

  /** The goal structure in force in {@code y}, e.g. {id: 'almi-2021', validFrom: 2021, validTo: null}. */
  function structureFor(y) {
    var known = state.structures ? Promise.resolve(state.structures)
      : api('GET', '/api/structures').then(function (res) { return res.json(); }).then(function (all) { return (state.structures = all); });
    return known.then(function (all) {
      var s = all.filter(function (x) { return x.validFrom <= y && (x.validTo == null || y <= x.validTo); })[0];
      if (!s) { throw new UiError('Ingen målstruktur gäller för ' + y + '. Välj ett annat år.'); }
      return s;
    });
  }

  function referencePath(s, y) { return '/api/reference/' + encodeURIComponent(s.id) + '/' + y + '.xlsx'; }

  function downloadReference() {
    var y = year();
    showProblems([], 'ref-');
    return structureFor(y).then(function (s) {
      return openWorkbook(referencePath(s, y), 'referensdata-' + y, 'ref-message');
    });
  }

  /** Uploads the filled workbook; nothing is saved unless all of it is right, and then every problem is listed. */
  function uploadReference() {
    var y = year();
    var f = $('ref-file').files[0];
    showProblems([], 'ref-');
    if (!f) {
      $('ref-file').focus();
      return Promise.reject(new UiError('Välj den ifyllda referensdata-arbetsboken (.xlsx) först.'));
    }
    return structureFor(y).then(function (s) {
      return api('PUT', referencePath(s, y), f).then(function (res) { return res.json(); }).then(function (saved) {
        $('ref-message').textContent = 'Referensdata för ' + y + ' är sparad (version ' + saved.version + ').';
      }, function (err) {
        if (err.problems && err.problems.length) { showProblems(err.problems, 'ref-'); }
        throw err;
      });
    });
  }

  // ---------------------------------------------------------------- showing results

  function clearMessages() {
    ['signin-error', 'error', 'ref-error'].forEach(function (id) { $(id).hidden = true; $(id).textContent = ''; });
    $('message').textContent = '';
    $('ref-message').textContent = '';
  }

  function showError(e, errorBox) {
    var text = e instanceof UiError ? e.sv : 'Något gick fel i sidan. Ladda om och försök igen.';
    if (!(e instanceof UiError) && window.console) { console.error(e); }
    // An expired or revoked token: back to the sign-in form, with the server's message there.
    if (e && e.status === 401 && !$('work').hidden) { signOut(); }
    // Before sign-in the work area is hidden: the sign-in form has its own message box.
    var box = $('work').hidden ? $('signin-error') : $(errorBox || 'error');
    box.textContent = text;
    box.hidden = false;
  }

  /** Lists every problem (the reference section has its own list: {@code where} 'ref-'). */
  function showProblems(problems, where) {
    var list = $((where || '') + 'problems');
    list.textContent = '';
    $((where || '') + 'problems-box').hidden = problems.length === 0;
    problems.forEach(function (p) {
      var li = el('li', null, isError(p) ? 'problem error-item' : 'problem warning-item');
      var label = (isError(p) ? 'Fel: ' : 'Varning: ') + p.message;
      // Reference problems are cells of the reference file, not of the open workbook: nothing to jump to.
      if (state.inExcel && p.cell && !where) {
        var b = el('button', label, 'problem-link');
        b.type = 'button';
        b.title = 'Gå till ' + p.cell;
        b.addEventListener('click', function () { selectCell(p.cell).catch(showError); });
        li.appendChild(b);
      } else {
        li.appendChild(el('span', label));
      }
      if (p.cell) { li.appendChild(el('span', p.cell, 'cell')); }
      list.appendChild(li);
    });
  }

  function showResult(report) {
    $('result-box').hidden = false;
    var errors = (report.problems || []).filter(isError).length;
    $('result-summary').textContent = 'Version ' + report.version + ' är mottagen'
      + (report.valid ? ' och giltig.' : ', men har ' + errors + ' fel att rätta.');
    $('message').textContent = 'Inskickad: version ' + report.version + '.';
    var body = $('goals').tBodies[0];
    body.textContent = '';
    (report.goals || []).forEach(function (g) {
      var tr = body.insertRow();
      tr.insertCell().textContent = (g.number != null ? g.number + '. ' : '') + g.name;
      var c = tr.insertCell();
      c.textContent = g.statusLabel || g.status;
      c.className = 'status-' + String(g.status || '').toLowerCase();
    });
  }

  // ---------------------------------------------------------------- Excel: cells

  /** "Inrapportering!D14" or "'Mål 2'!D14" -> {sheet, cell}. */
  function splitAddress(address) {
    var i = address.lastIndexOf('!');
    var sheet = i < 0 ? null : address.substring(0, i).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    return { sheet: sheet, cell: i < 0 ? address : address.substring(i + 1) };
  }

  function selectCell(address) {
    var a = splitAddress(address);
    return Excel.run(function (ctx) {
      var sheet = a.sheet ? ctx.workbook.worksheets.getItem(a.sheet) : ctx.workbook.worksheets.getActiveWorksheet();
      sheet.activate();
      sheet.getRange(a.cell).select();
      return ctx.sync();
    });
  }

  /**
   * Unmarks the cells marked last time and marks this report's problem cells (fill, and a note where
   * the Excel version has notes). The template's sheets are protected without a password: each
   * touched sheet is unprotected for the change and protected again with its own options.
   */
  function markCells(problems) {
    if (!state.inExcel) { return Promise.resolve(); }
    var wanted = {};
    problems.forEach(function (p) {
      if (p.cell) { wanted[p.cell] = (wanted[p.cell] ? wanted[p.cell] + '\n' : '') + p.message; }
    });
    var previous = state.marked;
    var sheets = {};
    Object.keys(previous).concat(Object.keys(wanted)).forEach(function (addr) {
      sheets[splitAddress(addr).sheet || ''] = true;
    });
    var names = Object.keys(sheets).filter(function (n) { return n; });
    if (!names.length) { return Promise.resolve(); }
    return Excel.run(function (ctx) {
      var ws = {};
      names.forEach(function (n) {
        ws[n] = ctx.workbook.worksheets.getItemOrNullObject(n);
        ws[n].load('isNullObject');
        ws[n].protection.load('protected,options');
      });
      var fills = {};
      Object.keys(wanted).forEach(function (addr) {
        var a = splitAddress(addr);
        if (previous[addr]) { return; }
        fills[addr] = ws[a.sheet].getRange(a.cell).format.fill;
        fills[addr].load('color');
      });
      return ctx.sync().then(function () {
        var live = names.filter(function (n) { return !ws[n].isNullObject; });
        var wasProtected = {};
        live.forEach(function (n) {
          wasProtected[n] = ws[n].protection.protected ? ws[n].protection.options : null;
          if (wasProtected[n]) { ws[n].protection.unprotect(); }
        });
        var next = {};
        Object.keys(previous).forEach(function (addr) {
          var a = splitAddress(addr);
          if (!ws[a.sheet] || ws[a.sheet].isNullObject) { return; }
          if (wanted[addr]) {
            next[addr] = previous[addr];
          } else {
            restore(ws[a.sheet], a.cell, previous[addr]);
          }
        });
        Object.keys(wanted).forEach(function (addr) {
          var a = splitAddress(addr);
          if (!ws[a.sheet] || ws[a.sheet].isNullObject) { return; }
          var range = ws[a.sheet].getRange(a.cell);
          var mark = next[addr] || { fill: fills[addr] ? fills[addr].color : null, note: false };
          range.format.fill.color = MARK_FILL;
          if (state.notes) {
            if (mark.note) { ws[a.sheet].notes.getItem(a.cell).delete(); }
            ws[a.sheet].notes.add(range, 'Goalbook: ' + wanted[addr]);
            mark.note = true;
          }
          next[addr] = mark;
        });
        live.forEach(function (n) {
          if (wasProtected[n]) { ws[n].protection.protect(wasProtected[n]); }
        });
        state.marked = next;
        return ctx.sync();
      });
    });
  }

  function restore(sheet, cell, mark) {
    var fill = sheet.getRange(cell).format.fill;
    if (mark.fill && mark.fill !== '#FFFFFF') { fill.color = mark.fill; } else { fill.clear(); }
    if (mark.note && state.notes) { sheet.notes.getItem(cell).delete(); }
  }

  // ---------------------------------------------------------------- bytes

  function toBase64(buf) {
    var bytes = new Uint8Array(buf);
    var chunks = [];
    for (var i = 0; i < bytes.length; i += 0x8000) {
      chunks.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000)));
    }
    return btoa(chunks.join(''));
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
