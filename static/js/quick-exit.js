/* Quick exit ("Snel weg" / "Leave this site").
   The button is a plain link, so it works without JavaScript. With JavaScript it
   hides the page at once and replaces it in the tab's history (the Back button does
   not return here), and pressing Shift three times does the same, as in the GOV.UK
   "Exit this page" component: each press fills one of three dots and is announced
   ("press 2 more times"), so that nobody leaves by surprise or wonders whether a
   press counted. */
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

  // The page keeps this much room above what is scrolled to or focused
  // (scroll-padding-top in portal.css), so the sticky bar never covers it.
  var bar = link.closest(".quick-exit");
  function measure() {
    document.documentElement.style.setProperty("--hw-exit-bar", bar.offsetHeight + "px");
  }
  if (bar) {
    measure();
    if (window.ResizeObserver) {
      new window.ResizeObserver(measure).observe(bar);
    }
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
  var dots = document.querySelector("[data-quick-exit-presses]");
  var status = document.querySelector("[data-quick-exit-status]");

  function show(count, message) {
    if (dots) {
      Array.prototype.forEach.call(dots.children, function (dot, index) {
        dot.classList.toggle("is-pressed", index < count);
      });
    }
    if (status) {
      status.textContent = message || "";
    }
  }

  function reset(announce) {
    var counted = presses > 0;
    presses = 0;
    window.clearTimeout(timer);
    show(0, announce && counted && status ? status.dataset.expired : "");
  }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift" || event.repeat) {
      reset(false);
      return;
    }
    presses += 1;
    window.clearTimeout(timer);
    if (presses >= 3) {
      show(3, "");
      presses = 0;
      leave();
      return;
    }
    show(presses, status ? status.dataset[presses === 1 ? "twoMore" : "oneMore"] : "");
    timer = window.setTimeout(function () {
      reset(true);
    }, WINDOW_MS);
  });
})();
