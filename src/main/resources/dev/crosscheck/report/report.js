(function () {
  var bar = document.getElementById('filters');
  if (!bar) { return; }
  bar.hidden = false;
  var count = document.getElementById('filter-count');
  function value(name) {
    var el = bar.querySelector('[name="' + name + '"]');
    return el ? el.value : '';
  }
  function apply() {
    var severities = [];
    bar.querySelectorAll('input[name="severity"]').forEach(function (box) {
      if (box.checked) { severities.push(box.value); }
    });
    var category = value('category'), outlet = value('outlet'), change = value('change'), status = value('status');
    var shown = 0, total = 0;
    document.querySelectorAll('article.conflict').forEach(function (c) {
      var d = c.dataset;
      var ok = severities.indexOf(d.severity) >= 0
        && (!category || d.category === category)
        && (!outlet || d.outlets.indexOf('|' + outlet + '|') >= 0)
        && (!change || d.change === change)
        && (!status || d.status === status);
      c.hidden = !ok;
      total++;
      if (ok) { shown++; }
    });
    document.querySelectorAll('section.story.has-conflicts').forEach(function (s) {
      s.hidden = !s.querySelector('article.conflict:not([hidden])');
    });
    count.textContent = 'Showing ' + shown + ' of ' + total + ' conflicts';
  }
  bar.addEventListener('change', apply);
  apply();
})();
