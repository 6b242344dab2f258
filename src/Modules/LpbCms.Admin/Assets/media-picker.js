// The media field's picker: a "choose from the library" button per path input opens a list of
// the library's images (thumbnails from /media/{path}?width=160); choosing one fills the path.
// Without JavaScript the path can still be typed.
(function () {
  "use strict";
  if (window.lpbMediaPicker) { return; }
  window.lpbMediaPicker = true;

  var images = null;
  function load() {
    if (!images) {
      images = fetch("/admin/media/kiezen", { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); });
    }
    return images;
  }

  function mediaUrl(path) {
    return "/media/" + path.split("/").map(encodeURIComponent).join("/");
  }

  function open(field, input, button) {
    var panel = field.querySelector(".media-choices");
    panel.hidden = false;
    panel.textContent = "Afbeeldingen laden…";
    load().then(function (list) {
      panel.textContent = "";
      if (list.length === 0) {
        panel.textContent = "De mediabibliotheek heeft nog geen afbeeldingen.";
        return;
      }
      var ul = document.createElement("ul");
      ul.className = "media-grid";
      list.forEach(function (image) {
        var li = document.createElement("li");
        var choose = document.createElement("button");
        choose.type = "button";
        var img = document.createElement("img");
        img.src = mediaUrl(image.path) + "?width=160";
        img.alt = "";
        img.loading = "lazy";
        img.width = 80;
        var label = document.createElement("span");
        label.textContent = image.path;
        choose.appendChild(img);
        choose.appendChild(label);
        choose.addEventListener("click", function () {
          input.value = image.path;
          panel.hidden = true;
          input.dispatchEvent(new Event("change", { bubbles: true }));
          button.focus();
        });
        li.appendChild(choose);
        ul.appendChild(li);
      });
      var close = document.createElement("button");
      close.type = "button";
      close.textContent = "Sluiten";
      close.addEventListener("click", function () { panel.hidden = true; button.focus(); });
      panel.appendChild(ul);
      panel.appendChild(close);
      var first = ul.querySelector("button");
      if (first) { first.focus(); }
    }).catch(function () {
      panel.textContent = "De mediabibliotheek kon niet worden geladen.";
    });
  }

  function init() {
    document.querySelectorAll("[data-media-field]").forEach(function (field) {
      field.querySelectorAll("[data-media-pick]").forEach(function (button) {
        var input = button.parentElement.querySelector("[data-media-path]");
        button.hidden = false;
        button.addEventListener("click", function () { open(field, input, button); });
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
