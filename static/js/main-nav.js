/* The main navigation on a phone: with JavaScript, the list folds away behind a
   "Menu" button, so the page's own content starts on the first screen. Without
   JavaScript the button stays hidden and the list is always shown. */
(function () {
  "use strict";

  var nav = document.querySelector("[data-main-nav]");
  if (!nav) {
    return;
  }
  var list = nav.querySelector(".main-nav__list");
  var button = nav.querySelector(".main-nav__toggle");
  var narrow = window.matchMedia("(max-width: 40rem)");

  function show() {
    var open = button.getAttribute("aria-expanded") === "true";
    button.hidden = !narrow.matches;
    list.hidden = narrow.matches && !open;
  }

  button.addEventListener("click", function () {
    var open = button.getAttribute("aria-expanded") === "true";
    button.setAttribute("aria-expanded", open ? "false" : "true");
    show();
  });
  if (narrow.addEventListener) {
    narrow.addEventListener("change", show);
  }
  show();
})();
