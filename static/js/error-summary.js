/* Move keyboard and screen reader focus to the error summary when a form comes back
   with errors, as in the GOV.UK error summary. Without JavaScript the summary is
   still at the top of the page and the title starts with "Error:", and its links
   jump to the fields.

   With JavaScript a link in the summary does what GOV.UK's does: it scrolls the
   question (the legend of a group of radios, or the field's label) into view and
   then focuses the field, so that on a phone the question is not off-screen above
   a radio button, and nothing is hidden under the sticky quick-exit bar (the page's
   scroll-padding-top keeps room for it). */
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (!summary) {
    return;
  }
  summary.focus();

  function legendOrLabel(input) {
    var fieldset = input.closest("fieldset");
    if (fieldset) {
      var legend = fieldset.querySelector("legend");
      if (legend) {
        return legend;
      }
    }
    return document.querySelector('label[for="' + input.id + '"]') || input.closest("label");
  }

  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    if (!link) {
      return;
    }
    var input = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!input) {
      return;
    }
    var question = legendOrLabel(input);
    if (!question) {
      return;
    }
    event.preventDefault();
    question.scrollIntoView();
    input.focus({ preventScroll: true });
  });
})();
