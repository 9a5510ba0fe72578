/*
 * A stand-in for Office.js and the Excel API, injected before the task pane's own scripts. It records
 * every call in window.__gb, serves window.__gbWorkbookBase64 through getFileAsync in slices, and
 * behaves like Excel where it matters: formatting or adding notes on a protected sheet fails.
 */
(function () {
  'use strict';
  var gb = window.__gb = { calls: [], created: [], selected: [], fills: {}, notes: {}, sheets: {}, violations: [], closed: 0 };
  function call() { gb.calls.push(Array.prototype.slice.call(arguments).join(' ')); }
  function bytes() {
    var bin = atob(window.__gbWorkbookBase64 || '');
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { out[i] = bin.charCodeAt(i); }
    return out;
  }
  function later(f) { setTimeout(f, 0); }
  function sheetState(name) {
    if (!gb.sheets[name]) { gb.sheets[name] = { protected: true, options: { allowFormatCells: false, selectionMode: 'Normal' }, protectCalls: 0 }; }
    return gb.sheets[name];
  }
  function sheet(name) {
    var st = sheetState(name);
    return {
      name: name,
      isNullObject: false,
      load: function () { return this; },
      activate: function () { call('activate', name); },
      protection: {
        load: function () { return this; },
        get protected() { return st.protected; },
        get options() { return st.options; },
        unprotect: function () { call('unprotect', name); st.protected = false; },
        protect: function (options) { call('protect', name); st.protected = true; st.protectCalls++; st.options = options || {}; }
      },
      notes: {
        add: function (range, text) {
          if (typeof range !== 'object') { gb.violations.push('note added by address string'); }
          var cell = range.cell;
          call('notes.add', name + '!' + cell);
          if (st.protected) { gb.violations.push('note on protected ' + name); }
          gb.notes[name + '!' + cell] = text;
        },
        getItem: function (cell) {
          return { delete: function () { call('notes.delete', name + '!' + cell); delete gb.notes[name + '!' + cell]; } };
        }
      },
      getRange: function (cell) {
        var key = name + '!' + cell;
        var fill = {
          load: function () { return this; },
          clear: function () { call('fill.clear', key); if (st.protected) { gb.violations.push('clear on protected ' + key); } delete gb.fills[key]; }
        };
        Object.defineProperty(fill, 'color', {
          get: function () { return gb.fills[key] || '#FFF2CC'; },
          set: function (v) { call('fill', key, v); if (st.protected) { gb.violations.push('fill on protected ' + key); } gb.fills[key] = v; }
        });
        return { cell: cell, select: function () { call('select', key); gb.selected.push(key); }, format: { fill: fill } };
      }
    };
  }
  var worksheets = {
    getItem: function (n) { return sheet(n); },
    getItemOrNullObject: function (n) { return sheet(n); },
    getActiveWorksheet: function () { return sheet('Inrapportering'); }
  };
  var office = {
    HostType: { Excel: 'Excel' },
    FileType: { Compressed: 'compressed' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    // single sign-on only when the test asks for it (window.__gbSso = {token: '…'} or {code: 13012}); else absent, as in older Excel
    auth: window.__gbSso ? {
      getAccessToken: function (options) {
        call('getAccessToken', !!(options && options.allowSignInPrompt));
        return window.__gbSso.token ? Promise.resolve(window.__gbSso.token) : Promise.reject({ code: window.__gbSso.code });
      }
    } : undefined,
    onReady: function (cb) {
      var info = { host: 'Excel', platform: 'PC' };
      later(function () { if (cb) { cb(info); } });
      return Promise.resolve(info);
    },
    context: {
      requirements: {
        isSetSupported: function (name, version) {
          call('isSetSupported', name, version);
          var minor = function (v) { return parseInt(String(v).split('.')[1] || '0', 10); };
          return name === 'ExcelApi' && minor(version) <= minor(window.__gbExcelApi || '1.18');
        }
      },
      document: {
        getFileAsync: function (type, options, cb) {
          call('getFileAsync', type, options.sliceSize);
          var all = bytes();
          var size = options.sliceSize;
          var file = {
            size: all.length,
            sliceCount: Math.max(1, Math.ceil(all.length / size)),
            getSliceAsync: function (i, cb2) {
              call('getSliceAsync', i);
              var data = Array.prototype.slice.call(all.subarray(i * size, (i + 1) * size));
              later(function () { cb2({ status: 'succeeded', value: { index: i, data: data, size: data.length } }); });
            },
            closeAsync: function (cb3) { call('closeAsync'); gb.closed++; later(function () { if (cb3) { cb3({ status: 'succeeded' }); } }); }
          };
          later(function () { cb({ status: 'succeeded', value: file }); });
        }
      }
    }
  };
  var excel = {
    createWorkbook: function (base64) { call('createWorkbook', base64.length); gb.created.push(base64); return Promise.resolve(); },
    run: function (fn) {
      var ctx = { workbook: { worksheets: worksheets }, sync: function () { return Promise.resolve(); } };
      return Promise.resolve().then(function () { return fn(ctx); });
    }
  };
  // Non-writable, so a real office.js that does load cannot replace the fake.
  Object.defineProperty(window, 'Office', { value: office, writable: false, configurable: false });
  Object.defineProperty(window, 'Excel', { value: excel, writable: false, configurable: false });
})();
