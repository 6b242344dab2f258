// LpbCms admin: small progressive enhancements. Every form works without this file.
(function () {
  "use strict";

  function token() {
    var input = document.querySelector("input[name=__RequestVerificationToken]");
    return input ? input.value : "";
  }

  // Confirmation before destructive actions posted from small forms.
  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute && event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  // Move focus to an error summary or conflict message so screen readers announce it.
  var alert = document.getElementById("conflict") || document.getElementById("fouten");
  if (alert) { alert.focus(); }

  // Slug preview: shows the address the title will get when the path is left empty.
  function slugify(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  }
  var title = document.querySelector("[data-title-source]");
  var path = document.querySelector("[data-slug-target]");
  var preview = document.querySelector("[data-slug-preview]");
  if (title && path && preview) {
    var update = function () {
      if (!path.value || path.readOnly) {
        var prefix = path.value && path.value.indexOf("/") > 0 ? path.value.substring(0, path.value.lastIndexOf("/") + 1) : "";
        preview.textContent = "/" + (path.value && !path.readOnly ? path.value : prefix + slugify(title.value)) + (path.readOnly && path.value ? " (wordt bij opslaan bijgewerkt)" : "");
      } else {
        preview.textContent = "/" + path.value;
      }
    };
    title.addEventListener("input", update);
    path.addEventListener("input", update);
  }

  // Markdown preview, rendered by the server exactly as the site renders it.
  document.querySelectorAll("[data-markdown-preview]").forEach(function (button) {
    button.addEventListener("click", function () {
      var id = button.getAttribute("data-markdown-preview");
      var source = document.getElementById(id);
      var target = document.getElementById(id + "-preview");
      var body = new URLSearchParams();
      body.set("Markdown", source.value);
      fetch("/admin/inhoud/markdown-voorbeeld", { method: "POST", headers: { "RequestVerificationToken": token() }, body: body, credentials: "same-origin" })
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
        .then(function (html) { target.innerHTML = html; target.hidden = false; })
        .catch(function () { target.textContent = "Het voorbeeld kon niet worden gemaakt."; target.hidden = false; });
    });
  });

  // Content picker: search by title, add and remove items (hidden inputs carry the ids).
  document.querySelectorAll("[data-picker]").forEach(function (picker) {
    var name = picker.getAttribute("data-picker");
    var types = picker.getAttribute("data-picker-types");
    var multiple = picker.getAttribute("data-picker-multiple") === "true";
    var search = picker.querySelector("[data-picker-search]");
    var results = picker.querySelector(".picker-results");
    var selected = picker.querySelector(".picker-selected");
    var timer;

    function removeButton(li) {
      li.querySelector("[data-picker-remove]").addEventListener("click", function () { li.remove(); search.focus(); });
    }
    selected.querySelectorAll("li").forEach(removeButton);

    function add(item) {
      if (!multiple) { selected.innerHTML = ""; }
      if (selected.querySelector("input[value='" + item.id + "']")) { return; }
      var li = document.createElement("li");
      var input = document.createElement("input");
      input.type = "hidden"; input.name = name; input.value = item.id;
      var button = document.createElement("button");
      button.type = "button"; button.className = "link-button"; button.setAttribute("data-picker-remove", "");
      button.textContent = "Verwijderen";
      li.appendChild(input); li.appendChild(document.createTextNode(item.title + " ")); li.appendChild(button);
      selected.appendChild(li);
      removeButton(li);
    }

    search.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var url = "/admin/inhoud/zoeken?q=" + encodeURIComponent(search.value) + (types ? "&typen=" + encodeURIComponent(types) : "");
        fetch(url, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (items) {
          results.innerHTML = "";
          items.forEach(function (item) {
            var li = document.createElement("li");
            var button = document.createElement("button");
            button.type = "button";
            button.textContent = "Kies: " + item.title;
            button.addEventListener("click", function () { add(item); results.innerHTML = ""; search.value = ""; search.focus(); });
            li.appendChild(button);
            results.appendChild(li);
          });
          if (items.length === 0) { results.innerHTML = "<li>Niets gevonden.</li>"; }
        });
      }, 250);
    });
  });
})();
