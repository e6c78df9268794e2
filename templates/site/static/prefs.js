/* 适老化 preferences (large text, high contrast): applied before the page paints, remembered in
   localStorage. Without JavaScript the switches stay hidden and the page is unchanged.
   Side panels marked data-open-wide (a policy's 目录 and 相关文件) are <details>, folded so that on a phone
   the text comes first; on a wide screen, where they sit beside the text, they are opened. */
(function () {
  var root = document.documentElement;
  var prefs = ["large", "contrast"];
  function stored(name) {
    try { return localStorage.getItem("compendium-pref-" + name) === "1"; } catch (e) { return false; }
  }
  prefs.forEach(function (name) { if (stored(name)) { root.classList.add("pref-" + name); } });
  document.addEventListener("DOMContentLoaded", function () {
    var wide = window.matchMedia("(min-width: 861px)");
    function unfold() {
      document.querySelectorAll("details[data-open-wide]").forEach(function (d) { d.open = wide.matches; });
    }
    unfold();
    if (wide.addEventListener) { wide.addEventListener("change", unfold); }
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
