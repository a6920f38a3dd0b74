/* Move keyboard and screen reader focus to the error summary when a form comes back
   with errors, as in the GOV.UK error summary. Without JavaScript the summary is
   still at the top of the page and the title starts with "Error:". */
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }
})();
