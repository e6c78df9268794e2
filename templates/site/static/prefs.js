/* 适老化 preferences (large text, high contrast): applied before the page paints, remembered in
   localStorage. Without JavaScript the switches stay hidden and the page is unchanged. */
(function () {
  var root = document.documentElement;
  var prefs = ["large", "contrast"];
  function stored(name) {
    try { return localStorage.getItem("compendium-pref-" + name) === "1"; } catch (e) { return false; }
  }
  prefs.forEach(function (name) { if (stored(name)) { root.classList.add("pref-" + name); } });
  document.addEventListener("DOMContentLoaded", function () {
    var box = document.querySelector(".prefs");
    if (!box) { return; }
    box.hidden = false;
    box.querySelectorAll(".pref-toggle").forEach(function (button) {
      var name = button.getAttribute("data-pref");
      button.setAttribute("aria-pressed", String(root.classList.contains("pref-" + name)));
      button.addEventListener("click", function () {
        var on = !root.classList.contains("pref-" + name);
        root.classList.toggle("pref-" + name, on);
        button.setAttribute("aria-pressed", String(on));
        try { localStorage.setItem("compendium-pref-" + name, on ? "1" : "0"); } catch (e) { /* private mode */ }
      });
    });
  });
})();
