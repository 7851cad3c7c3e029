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
