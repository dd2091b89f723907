/* Cornerstone's own script: the resource filter and the larger-text switch. No outside requests. */
(function () {
  "use strict";

  function filterCards(form) {
    var service = form.elements.service.value;
    var language = form.elements.language.value;
    var cards = document.querySelectorAll(".cs-card");
    var shown = 0;
    cards.forEach(function (card) {
      var ok = (!service || card.dataset.services.split(" ").indexOf(service) >= 0) &&
               (!language || card.dataset.languages.split(" ").indexOf(language) >= 0);
      card.hidden = !ok;
      if (ok) { shown += 1; }
    });
    form.querySelector(".cs-filter-count").textContent =
      form.dataset.shown + " " + shown + " " + form.dataset.of + " " + cards.length;
  }

  function setUpFilters() {
    document.querySelectorAll("form.cs-filter").forEach(function (form) {
      form.addEventListener("change", function () { filterCards(form); });
      form.addEventListener("submit", function (event) { event.preventDefault(); });
    });
  }

  function setUpTextSize() {
    var root = document.documentElement;
    var stored = null;
    try { stored = window.localStorage.getItem("cs-large"); } catch (e) { /* private mode */ }
    if (stored === "1") { root.classList.add("cs-large"); }
    var header = document.querySelector(".md-header__inner");
    if (!header || header.querySelector(".cs-text-size")) { return; }
    var english = (root.getAttribute("lang") || "").indexOf("en") === 0;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "cs-text-size";
    button.textContent = english ? "A+ larger text" : "A+ 大字";
    button.setAttribute("aria-pressed", root.classList.contains("cs-large") ? "true" : "false");
    button.addEventListener("click", function () {
      var on = root.classList.toggle("cs-large");
      button.setAttribute("aria-pressed", on ? "true" : "false");
      try { window.localStorage.setItem("cs-large", on ? "1" : "0"); } catch (e) { /* private mode */ }
    });
    header.appendChild(button);
  }

  function ready() { setUpFilters(); setUpTextSize(); }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", ready); }
  else { ready(); }
}());
