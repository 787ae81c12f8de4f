/* The redaction editor of the review page (templates/moderate/review.html).
 *
 * The moderator selects words in the read-only original narrative (mouse, or Shift and the
 * arrow keys) and says what they are; the public summary gets the placeholder in their place.
 * Spans are kept in the hidden "redactions" field and saved with the form. Optional: without
 * this script the page's own buttons do the same on the server (registry/domain/editor.py).
 * Text is matched as the leak guard matches it (registry/domain/redaction.py: fold).
 *
 * The leak-guard panel follows the typing: ~300 ms after the last change to a public text, the
 * unsaved texts go to the review page's leak-check endpoint (nothing is saved there) and the
 * panel shows its hits and the marked summary, saying that it shows unsaved text.
 */
(function () {
  "use strict";

  var editor = document.getElementById("editor");
  var narrative = document.getElementById("narrative");
  var summary = document.getElementById("summary");
  var hidden = document.getElementById("redactions");
  var list = document.getElementById("redaction-list");
  if (!editor || !narrative || !summary || !hidden || !list) return;

  var toolbar = document.getElementById("redaction-toolbar");
  var every = document.getElementById("redact-every");
  var status = document.getElementById("editor-status");
  var seed = document.getElementById("seed-summary");
  var form = document.getElementById("edit-form");
  var placeholders = JSON.parse(editor.getAttribute("data-placeholders"));
  var undoAllowed = editor.getAttribute("data-undo") === "true";
  var source = narrative.value;
  var dirty = false;
  var spans = [];
  try { spans = JSON.parse(hidden.value || "[]"); } catch (e) { spans = []; }

  // ---- Folding, as the leak guard folds: case, diacritics, every run of whitespace one space.
  function fold(text) {
    var out = "", index = [], ends = [], pending = false, at = 0;
    for (var ch of text) {
      var len = ch.length;
      if (/[\s\p{Cf}]/u.test(ch)) { pending = out.length > 0; at += len; continue; }
      var base = ch.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\u00df/g, "ss");
      if (base) {
        if (pending) { out += " "; index.push(at); ends.push(at); pending = false; }
        for (var k = 0; k < base.length; k++) { out += base[k]; index.push(at); ends.push(at + len); }
      }
      at += len;
    }
    return { out: out, index: index, ends: ends };
  }

  function occurrences(text, needle) {
    var hay = fold(text), target = fold(needle).out, found = [];
    if (!target) return found;
    var pos = hay.out.indexOf(target);
    while (pos !== -1) {
      found.push([hay.index[pos], hay.ends[pos + target.length - 1]]);
      pos = hay.out.indexOf(target, pos + target.length);
    }
    return found;
  }

  // ---- Spans.
  function overlaps(start, end, except) {
    return spans.some(function (s) { return s !== except && s.start < end && start < s.end; });
  }

  // Spans saved by the server without JavaScript count characters, not UTF-16 units: find them again.
  spans = spans.filter(function (s) {
    if (source.slice(s.start, s.end) === s.text) return true;
    var found = occurrences(source, s.text).filter(function (o) { return !overlaps(o[0], o[1], s); });
    if (!found.length) return false;
    s.start = found[0][0]; s.end = found[0][1];
    return true;
  });

  function sortSpans() { spans.sort(function (a, b) { return a.start - b.start; }); }

  // Where a span's placeholder sits in a summary started from the narrative.
  function expectedPosition(span) {
    var shift = 0;
    spans.forEach(function (s) {
      if (s !== span && s.end <= span.start) shift += placeholders[s.label].length - (s.end - s.start);
    });
    return span.start + shift;
  }

  function nearest(positions, expected) {
    return positions.reduce(function (best, p) {
      return best === null || Math.abs(p[0] - expected) < Math.abs(best[0] - expected) ? p : best;
    }, null);
  }

  function redactedNarrative() {
    var out = source;
    spans.slice().sort(function (a, b) { return b.start - a.start; }).forEach(function (s) {
      out = out.slice(0, s.start) + placeholders[s.label] + out.slice(s.end);
    });
    return out;
  }

  function replaceAt(text, start, end, value) { return text.slice(0, start) + value + text.slice(end); }

  // ---- Actions.
  function say(message) { if (status) status.textContent = message; }

  function changed(message) {
    dirty = true;
    hidden.value = JSON.stringify(spans);
    render();
    say(message + " " + editor.getAttribute("data-unsaved"));
    scheduleCheck(); // the summary changed without an input event
  }

  function redactSelection(label) {
    var start = narrative.selectionStart, end = narrative.selectionEnd;
    while (start < end && /\s/.test(source[start])) start++;
    while (end > start && /\s/.test(source[end - 1])) end--;
    if (start >= end) { say(editor.getAttribute("data-select-first")); narrative.focus(); return; }
    if (overlaps(start, end)) { say(editor.getAttribute("data-overlap")); return; }
    var text = source.slice(start, end);
    var placeholder = placeholders[label];
    if (!summary.value.trim()) summary.value = redactedNarrative();
    var targets = every && every.checked ? occurrences(source, text) : [[start, end]];
    var added = [];
    targets.forEach(function (t) {
      if (!overlaps(t[0], t[1])) {
        var span = { start: t[0], end: t[1], label: label, text: source.slice(t[0], t[1]) };
        spans.push(span);
        added.push(span);
      }
    });
    sortSpans();
    var inSummary = occurrences(summary.value, text);
    if (every && every.checked) {
      inSummary.slice().reverse().forEach(function (o) { summary.value = replaceAt(summary.value, o[0], o[1], placeholder); });
    } else if (inSummary.length) {
      var at = nearest(inSummary, expectedPosition(added[0]));
      summary.value = replaceAt(summary.value, at[0], at[1], placeholder);
    }
    if (seed) seed.hidden = true;
    narrative.setSelectionRange(end, end); // done with this selection: the next one starts here
    changed("“" + text + "” → " + placeholder + " (" + Math.max(added.length, 1) + ").");
  }

  function undoOne(span) {
    var placeholder = placeholders[span.label];
    var expected = expectedPosition(span);
    var positions = [], pos = summary.value.indexOf(placeholder);
    while (pos !== -1) { positions.push([pos, pos + placeholder.length]); pos = summary.value.indexOf(placeholder, pos + 1); }
    var at = nearest(positions, expected);
    if (at) summary.value = replaceAt(summary.value, at[0], at[1], span.text);
    spans.splice(spans.indexOf(span), 1);
  }

  // One row, one Undo, for all the places a text was redacted in (as editor.undo_redaction_group).
  function sameAs(span) {
    var key = fold(span.text).out;
    return function (s) { return s.label === span.label && fold(s.text).out === key; };
  }
  function undo(span) {
    spans.filter(sameAs(span)).reverse().forEach(undoOne);
    changed("“" + span.text + "” " + editor.getAttribute("data-restored"));
  }

  // ---- The list of redactions, with an undo button each.
  function render() {
    list.textContent = "";
    if (!spans.length) {
      var empty = document.createElement("li");
      empty.className = "empty";
      empty.textContent = list.getAttribute("data-empty");
      list.appendChild(empty);
      return;
    }
    var shown = [];
    spans.forEach(function (span) { if (!shown.some(sameAs(span))) shown.push(span); });
    shown.forEach(function (span, i) {
      var count = spans.filter(sameAs(span)).length;
      var item = document.createElement("li");
      var quote = document.createElement("q");
      quote.textContent = span.text;
      var ph = document.createElement("span");
      ph.className = "placeholder";
      ph.textContent = placeholders[span.label];
      item.appendChild(quote);
      item.appendChild(document.createTextNode(" → "));
      item.appendChild(ph);
      if (count > 1) {
        var places = document.createElement("span");
        places.className = "muted";
        places.textContent = " " + list.getAttribute("data-places").replace("{n}", count);
        item.appendChild(places);
      }
      if (undoAllowed) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "link-button";
        button.textContent = list.getAttribute("data-undo-label");
        var hiddenText = document.createElement("span");
        hiddenText.className = "visually-hidden";
        hiddenText.textContent = " " + span.text;
        button.appendChild(hiddenText);
        button.addEventListener("click", function () {
          undo(span);
          var buttons = list.querySelectorAll("button");
          (buttons[Math.min(i, buttons.length - 1)] || narrative).focus();
        });
        item.appendChild(document.createTextNode(" "));
        item.appendChild(button);
      }
      list.appendChild(item);
    });
  }

  // ---- The leak guard, live.
  var guard = document.getElementById("leak-guard");
  var live = document.getElementById("leak-guard-live");
  var saved = document.getElementById("leak-guard-saved");
  var checkUrl = guard && guard.getAttribute("data-check-url");
  var tokenInput = form && form.querySelector("input[name=csrf_token]");
  var liveInputs = {};
  ["title", "summary", "mechanism_detail", "public_victim_names"].forEach(function (name) {
    var input = document.getElementById(name);
    if (input) liveInputs[name] = input;
  });
  var checkTimer = null, checkSequence = 0;

  function currentTexts() {
    var texts = {};
    Object.keys(liveInputs).forEach(function (name) { texts[name] = liveInputs[name].value; });
    return texts;
  }
  var savedTexts = currentTexts();

  function unchanged(texts) {
    return Object.keys(texts).every(function (name) { return texts[name] === savedTexts[name]; });
  }

  function showSaved() {
    if (live) live.hidden = true;
    if (saved) saved.hidden = false;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function renderLive(data) {
    var message = document.getElementById("live-guard-message");
    var preview = document.getElementById("live-summary");
    var hits = document.getElementById("live-hits");
    message.textContent = data.message;
    message.className = data.count ? "callout" : "guard-clear";
    preview.textContent = "";
    data.summary_segments.forEach(function (segment) {
      if (!segment.kind) { preview.appendChild(document.createTextNode(segment.text)); return; }
      var mark = element("mark", "leak leak-" + segment.kind, segment.text);
      mark.appendChild(element("span", "leak-kind", segment.kind_label));
      preview.appendChild(mark);
    });
    preview.hidden = !data.summary_segments.length;
    hits.textContent = "";
    data.hits.forEach(function (hit) {
      var item = element("li", "leak-hit");
      var line = element("p");
      line.appendChild(element("strong", null, hit.kind_label));
      line.appendChild(document.createTextNode(" " + live.getAttribute("data-in") + " "));
      line.appendChild(element("code", null, hit.field));
      line.appendChild(document.createTextNode(": "));
      line.appendChild(element("q", "hit-text", hit.text));
      item.appendChild(line);
      hits.appendChild(item);
    });
    if (saved) saved.hidden = true;
    live.hidden = false;
  }

  function checkNow() {
    var texts = currentTexts();
    var mine = ++checkSequence; // an older answer arriving late never replaces a newer one
    if (unchanged(texts)) { showSaved(); return; }
    fetch(checkUrl, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json",
                 "X-CSRFToken": tokenInput ? tokenInput.value : "" },
      body: JSON.stringify(texts)
    }).then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) { if (data && mine === checkSequence) renderLive(data); })
      .catch(function () { /* the saved verdict stays shown; approval checks the saved text anyway */ });
  }

  function scheduleCheck() {
    if (!checkUrl || !live) return;
    clearTimeout(checkTimer);
    checkTimer = setTimeout(checkNow, 300);
  }

  Object.keys(liveInputs).forEach(function (name) { liveInputs[name].addEventListener("input", scheduleCheck); });

  // ---- Wiring.
  // Chromium moves no caret in a readonly textarea, so Shift and the arrow keys could not select:
  // the script makes it editable for the caret only and refuses every change to its text.
  narrative.readOnly = false;
  narrative.setAttribute("aria-readonly", "true");
  narrative.addEventListener("beforeinput", function (event) { event.preventDefault(); });
  narrative.addEventListener("input", function () { narrative.value = source; });
  if (toolbar) {
    toolbar.hidden = false;
    toolbar.querySelectorAll("button[data-label]").forEach(function (button) {
      // Keep the narrative's selection when the button takes the focus.
      button.addEventListener("mousedown", function (event) { event.preventDefault(); });
      button.addEventListener("click", function () { redactSelection(button.getAttribute("data-label")); });
    });
  }
  var shortcuts = { Digit1: "name", Digit2: "location", Digit3: "date", Digit4: "detail" };
  narrative.addEventListener("keydown", function (event) {
    var label = shortcuts[event.code];
    if (label && (event.altKey || (!event.ctrlKey && !event.metaKey))) {
      event.preventDefault();
      redactSelection(label);
    }
  });
  if (seed) {
    seed.addEventListener("click", function (event) {
      if (summary.value.trim()) return; // let the server explain
      event.preventDefault();
      summary.value = redactedNarrative();
      seed.hidden = true;
      changed(editor.getAttribute("data-seeded"));
      summary.focus();
    });
  }
  summary.addEventListener("input", function () { dirty = true; });
  if (form) form.addEventListener("submit", function () { dirty = false; });
  window.addEventListener("beforeunload", function (event) {
    if (dirty) { event.preventDefault(); event.returnValue = ""; }
  });
  hidden.value = JSON.stringify(spans);
  render();
})();
