/* Starts the ALTCHA widget of the check page (signup/wizard/challenge.py): its
   proof-of-work worker, served from our own domain like the widget itself, and its
   texts in the page's language. Without JavaScript none of this runs and the form
   is sent without a solution, which the server accepts under a stricter limit. */
const widget = document.querySelector("altcha-widget[data-worker]");
const altcha = globalThis.$altcha;
if (widget && altcha) {
  const worker = widget.dataset.worker;
  altcha.algorithms.set("PBKDF2/SHA-256", () => new Worker(worker));
  const language = widget.getAttribute("language");
  altcha.i18n.set(language, {
    ...altcha.i18n.get("en"),
    ...JSON.parse(widget.dataset.strings),
  });
  // Its checkbox is described by the hint above it, once the widget drew it.
  const describe = () => {
    const box = widget.querySelector('input[type="checkbox"]');
    if (box) box.setAttribute("aria-describedby", widget.dataset.hint);
  };
  describe();
  widget.addEventListener("load", describe);
  // A challenge that expires on the page is dropped, so there is no time limit:
  // sending fetches a new one.
  widget.addEventListener("expired", () => widget.reset());
  // Pressing Send again while the check runs would send the form without it;
  // the widget sends the form itself when the check is done.
  widget.closest("form")?.addEventListener(
    "submit",
    (event) => {
      if (widget.getState?.() === "verifying") event.preventDefault();
    },
    { capture: true },
  );
}
