/* A warning before the wizard's answers are deleted, with one button for more
   time (WCAG 2.2.1 Timing Adjustable). The server says how many seconds are left
   (data-seconds-left), so the device's clock does not matter. "Keep my answers"
   asks the server to keep them longer (fetch, JSON) and hides the warning; when
   the time is up, the warning says the answers are gone and offers a new start.
   Without JavaScript the warning stays hidden and the form would still work. */
(function () {
  "use strict";
  var timer = document.querySelector("[data-answers-timer]");
  if (!timer || !window.fetch) {
    return;
  }
  var warning = timer.querySelector("[data-answers-timer-warning]");
  var expired = timer.querySelector("[data-answers-timer-expired]");
  var form = timer.querySelector("[data-answers-timer-keep]");
  var warnBefore = parseInt(timer.getAttribute("data-warning-seconds"), 10);
  var timeouts = [];

  function show(part) {
    warning.hidden = part !== warning;
    expired.hidden = part !== expired;
    form.hidden = part !== warning;
    timer.hidden = false;
    // The warning sits at the bottom of the window: keep focused fields above it.
    document.documentElement.style.scrollPaddingBottom = timer.offsetHeight + "px";
  }

  function hide() {
    timer.hidden = true;
    document.documentElement.style.scrollPaddingBottom = "";
  }

  function schedule(secondsLeft) {
    timeouts.forEach(window.clearTimeout);
    timeouts = [
      window.setTimeout(function () { show(warning); },
        Math.max(0, secondsLeft - warnBefore) * 1000),
      window.setTimeout(function () { show(expired); }, secondsLeft * 1000)
    ];
  }

  // WCAG 2.4.11: a field that gets focus under the warning is scrolled above it
  // (the browser counts a field under a sticky element as in view).
  document.addEventListener("focusin", function (event) {
    if (timer.hidden || timer.contains(event.target)) {
      return;
    }
    var field = event.target.getBoundingClientRect();
    var cover = timer.getBoundingClientRect();
    if (field.bottom > cover.top && field.top < cover.bottom) {
      window.scrollBy(0, field.bottom - cover.top + 8);
    }
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { "Accept": "application/json" },
      credentials: "same-origin"
    }).then(function (response) {
      return response.ok ? response.json() : Promise.reject(response.status);
    }).then(function (answer) {
      if (answer.seconds_left > 0) {
        hide();
        schedule(answer.seconds_left);
      } else {
        show(expired);
      }
    }).catch(function () {
      form.submit(); // let the server answer the ordinary way
    });
  });

  schedule(parseInt(timer.getAttribute("data-seconds-left"), 10));
})();
