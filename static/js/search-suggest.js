/* Search suggestions for the header search box: an ARIA 1.2 combobox with a listbox popup.
   Progressive enhancement only: without this script the box is a plain GET form. */
(function () {
  "use strict";
  var input = document.getElementById("site-search");
  if (!input || !window.fetch) { return; }
  var form = input.form;
  var endpoint = form.getAttribute("data-suggest-url");
  if (!endpoint) { return; }
  var list = document.createElement("ul");
  var status = document.createElement("p");
  var options = [];
  var active = -1;
  var timer = null;
  var latest = 0;

  list.id = "site-search-suggestions";
  list.className = "suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", form.getAttribute("data-suggest-label") || "Suggestions");
  list.hidden = true;
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  form.appendChild(list);
  form.appendChild(status);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(index) {
    options.forEach(function (option, i) { option.setAttribute("aria-selected", i === index ? "true" : "false"); });
    active = index;
    if (index >= 0) { input.setAttribute("aria-activedescendant", options[index].id); }
  }

  function render(results) {
    list.textContent = "";
    options = results.map(function (result, i) {
      var option = document.createElement("li");
      option.id = "site-search-suggestion-" + i;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.textContent = result.title;
      option.dataset.url = result.url;
      option.addEventListener("mousedown", function (event) { event.preventDefault(); window.location.href = result.url; });
      list.appendChild(option);
      return option;
    });
    var count = options.length;
    status.textContent = count ? (form.getAttribute("data-suggest-count") || "%s suggestions").replace("%s", count) : "";
    if (count) { list.hidden = false; input.setAttribute("aria-expanded", "true"); } else { close(); }
  }

  function load() {
    var query = input.value.trim();
    if (query.length < 2) { render([]); return; }
    var ticket = ++latest;
    fetch(endpoint + "?q=" + encodeURIComponent(query), { headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (data) { if (ticket === latest) { render(data.results || []); } })
      .catch(function () { render([]); });
  }

  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(load, 200); });
  input.addEventListener("keydown", function (event) {
    if (list.hidden && event.key !== "ArrowDown") { return; }
    if (event.key === "ArrowDown") { event.preventDefault(); if (list.hidden) { load(); } else { highlight((active + 1) % options.length); } }
    else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active <= 0 ? options.length - 1 : active - 1); }
    else if (event.key === "Escape") { close(); }
    else if (event.key === "Enter" && active >= 0) { event.preventDefault(); window.location.href = options[active].dataset.url; }
  });
  input.addEventListener("blur", function () { setTimeout(close, 150); });
})();
