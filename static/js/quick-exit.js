/* Quick exit ("Snel weg" / "Leave this site").
   The button is a plain link, so it works without JavaScript. With JavaScript it
   hides the page at once and replaces it in the tab's history (the Back button does
   not return here), and pressing Shift three times does the same, as in the GOV.UK
   "Exit this page" component. */
(function () {
  "use strict";

  var link = document.querySelector("[data-quick-exit]");
  if (!link) {
    return;
  }
  var target = link.getAttribute("href");
  var hint = document.querySelector("[data-quick-exit-hint]");
  if (hint) {
    hint.hidden = false;
  }

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    document.body.classList.add("is-leaving");
    document.title = "\u00a0";
    window.location.replace(target);
  }

  link.addEventListener("click", leave);

  var presses = 0;
  var timer = null;
  var WINDOW_MS = 5000;

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift" || event.repeat) {
      presses = 0;
      return;
    }
    presses += 1;
    window.clearTimeout(timer);
    if (presses >= 3) {
      presses = 0;
      leave();
      return;
    }
    timer = window.setTimeout(function () {
      presses = 0;
    }, WINDOW_MS);
  });
})();
