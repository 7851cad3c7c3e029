// A rejected form opens at its error summary, wherever it is on the page: the summary takes the
// focus (it has tabindex="-1") and comes into view, and each of its links moves the focus to its
// field, showing the field's label too.
(function () {
  'use strict';
  var summary = document.getElementById('errors');
  if (!summary) { return; }
  summary.focus({ preventScroll: true });
  summary.scrollIntoView();
  summary.addEventListener('click', function (event) {
    var link = event.target.closest('a[href^="#"]');
    var field = link && document.getElementById(link.getAttribute('href').slice(1));
    if (!field) { return; }
    event.preventDefault();
    var label = document.querySelector('label[for="' + field.id + '"]');
    (label || field).scrollIntoView();
    field.focus({ preventScroll: true });
  });
})();

// Live suggestions for the lesson form. The form works without this script; it only asks the
// server for unit/type/direction suggestions while the lesson is written and pre-selects them in
// fields the person has not touched (nor chosen before a failed save: data-chosen). All text goes
// into the page with textContent (no HTML).
(function () {
  'use strict';
  var form = document.getElementById('lesson-form');
  if (!form || !window.fetch) { return; }
  var url = form.getAttribute('data-suggest-url');
  var facets = ['unit', 'type', 'direction'];
  var touched = {};
  facets.forEach(function (name) {
    touched[name] = form.elements[name].hasAttribute('data-chosen');
    form.elements[name].addEventListener('change', function () { touched[name] = true; });
  });
  var timer = null;
  var sequence = 0;
  // Writes only what changed, so that the live regions announce a hint once, not on every answer.
  function say(id, text) {
    var element = document.getElementById(id);
    if (element.textContent !== text) { element.textContent = text; }
  }
  function show(answer) {
    facets.forEach(function (name) {
      // no suggestion for a facet (nothing written yet): no hint, and no pre-selection left behind
      var s = answer[name];
      say(name + '-hint', s ? s.hint : '');
      if (!touched[name]) {
        form.elements[name].value = s && s.preselect ? s.label : '';
      }
    });
    say('model-note', answer.rulesOnly
      ? 'Suggestions come from the rules only: the learned model is still training.' : '');
    var similar = answer.similar || [];
    say('recurrence-hint', !similar.length ? ''
      : (answer.recurrence === 'RECURRENT' ? 'Others learned this before: '
        : 'Similar earlier lessons (not yet enough to count as recurring): ') + similar.join('; '));
  }
  function ask() {
    var mine = ++sequence;
    fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({
        title: form.elements.title.value,
        text: form.elements.text.value,
        stage: form.elements.stage.value
      })
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (answer) {
      if (answer && mine === sequence) { show(answer); }
    }).catch(function () { /* suggestions are a nicety; the form still works */ });
  }
  function later() {
    clearTimeout(timer);
    timer = setTimeout(ask, 400);
  }
  ['title', 'text'].forEach(function (name) { form.elements[name].addEventListener('input', later); });
  form.elements.stage.addEventListener('change', later);
})();

// A button under an earlier lesson asks for its action's Jira issue with a form of its own; the
// lesson being written goes along, so that the page that answers shows it again, still unsaved.
(function () {
  'use strict';
  var lesson = document.getElementById('lesson-form');
  if (!lesson) { return; }
  var fields = ['title', 'text', 'stage', 'unit', 'type', 'direction', 'action', 'author'];
  function carry(form, name, value) {
    var input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    input.setAttribute('data-draft', '');
    form.appendChild(input);
  }
  Array.prototype.forEach.call(document.querySelectorAll('form.action-issue'), function (form) {
    form.addEventListener('submit', function () {
      Array.prototype.forEach.call(form.querySelectorAll('[data-draft]'), function (old) {
        old.remove();
      });
      fields.forEach(function (name) { carry(form, name, lesson.elements[name].value); });
      Array.prototype.forEach.call(lesson.querySelectorAll('input[name="again"]:checked'),
        function (box) { carry(form, 'again', box.value); });
    });
  });
})();

// Live character counts for the fields with a limit (data-limit): "n / max characters" under
// each, counted as the server counts them (line breaks once, Unicode NFC, without the blanks at
// either end, in code points: an emoji is one character). A screen reader hears the count only
// near (90 %) or over the limit, through one polite live region. A form with a field over its
// limit is not sent: the field says what to shorten, keeps its text and takes the focus; one within
// its limits is sent composed (NFC), so that it fits the body limit. Without this script the
// server checks the limits and gives the form back with its messages.
(function () {
  'use strict';
  var form = document.getElementById('lesson-form');
  if (!form) { return; }
  var BLANKS = '\\s\\u001C-\\u001F\\u200B-\\u200D\\u2060\\uFEFF';
  var EDGES = new RegExp('^[' + BLANKS + ']+|[' + BLANKS + ']+$', 'g');
  var fields = Array.prototype.filter.call(form.elements, function (field) {
    return field.hasAttribute('data-limit');
  });
  if (!fields.length) { return; }
  var status = document.createElement('p');
  status.id = 'limit-status';
  status.className = 'visually-hidden';
  status.setAttribute('aria-live', 'polite');
  form.appendChild(status);

  function characters(value) {
    var text = value.replace(/\r\n?/g, '\n');
    if (text.normalize) { text = text.normalize('NFC'); }
    return Array.from(text.replace(EDGES, '')).length;
  }
  function grouped(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
  function describedBy(field, id, on) {
    var ids = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (x) {
      return x && x !== id;
    });
    if (on) { ids.push(id); }
    if (ids.length) { field.setAttribute('aria-describedby', ids.join(' ')); }
    else { field.removeAttribute('aria-describedby'); }
  }
  function say(text) { if (status.textContent !== text) { status.textContent = text; } }

  var counters = {};
  fields.forEach(function (field) {
    var counter = document.createElement('p');
    counter.id = field.id + '-count';
    counter.className = 'count';
    field.insertAdjacentElement('afterend', counter);
    counters[field.id] = counter;
    describedBy(field, counter.id, true);
    field.addEventListener('input', function () { update(field, true); });
    update(field, false);
  });

  function update(field, announce) {
    var max = Number(field.getAttribute('data-limit'));
    var n = characters(field.value);
    var counter = counters[field.id];
    counter.textContent = grouped(n) + ' / ' + grouped(max) + ' characters';
    counter.classList.toggle('over', n > max);
    var message = document.getElementById(field.id + '-limit');
    if (message && n <= max) { unmark(field, message); }
    else if (message) { message.textContent = tooLong(n, max); }
    if (!announce) { return; }
    var name = field.getAttribute('data-limit-name');
    if (n > max) {
      say(name + ': ' + grouped(n) + ' characters, ' + grouped(n - max) + ' over the limit of '
        + grouped(max) + '.');
    } else if (n >= max * 0.9) {
      say(name + ': ' + grouped(n) + ' of ' + grouped(max) + ' characters used.');
    } else {
      say('');
    }
  }
  function tooLong(n, max) {
    return 'Too long: ' + grouped(n) + ' characters, at most ' + grouped(max)
      + '. Shorten it before saving.';
  }
  function mark(field, n, max) {
    var message = document.getElementById(field.id + '-limit');
    if (!message) {
      message = document.createElement('p');
      message.id = field.id + '-limit';
      message.className = 'error';
      counters[field.id].insertAdjacentElement('afterend', message);
    }
    message.textContent = tooLong(n, max);
    if (!field.hasAttribute('aria-invalid')) { field.setAttribute('data-limit-invalid', ''); }
    field.setAttribute('aria-invalid', 'true');
    describedBy(field, message.id, true);
  }
  function unmark(field, message) {
    message.remove();
    describedBy(field, message.id, false);
    if (field.hasAttribute('data-limit-invalid')) {
      field.removeAttribute('aria-invalid');
      field.removeAttribute('data-limit-invalid');
    }
  }

  form.addEventListener('submit', function (event) {
    var first = null;
    fields.forEach(function (field) {
      var max = Number(field.getAttribute('data-limit'));
      var n = characters(field.value);
      if (n > max) {
        mark(field, n, max);
        first = first || field;
      }
    });
    if (first) {
      event.preventDefault();
      first.focus();
      return;
    }
    // sent composed, as the server stores it anyway: a text typed decomposed (Hangul as jamo, an
    // accent apart) takes up to three times the bytes, and could exceed the form's body limit
    fields.forEach(function (field) {
      if (field.value.normalize) {
        var composed = field.value.normalize('NFC');
        if (composed !== field.value) { field.value = composed; }
      }
    });
  });
})();
