/* "Print this page" on the confirmation page: a button only works with JavaScript,
   so it stays hidden without it (the browser's own print command still works). */
(function () {
  "use strict";

  var holders = document.querySelectorAll("[data-print-page]");
  Array.prototype.forEach.call(holders, function (holder) {
    holder.hidden = false;
    holder.querySelector("button").addEventListener("click", function () {
      window.print();
    });
  });
})();
