/* Click to load: a YouTube video is only a placeholder until the visitor chooses to
   play it. Then, and not before, the player comes from youtube-nocookie.com, the
   privacy-enhanced domain. Without JavaScript the placeholder is a link to YouTube. */
(function () {
  "use strict";
  document.querySelectorAll("[data-youtube-id]").forEach(function (placeholder) {
    var button = placeholder.querySelector("[data-play-video]");
    if (!button) { return; }
    button.addEventListener("click", function (event) {
      event.preventDefault();
      var id = placeholder.getAttribute("data-youtube-id");
      var language = placeholder.getAttribute("data-language");
      var frame = document.createElement("iframe");
      frame.className = "video__frame";
      frame.title = placeholder.getAttribute("data-title");
      frame.src = "https://www.youtube-nocookie.com/embed/" + encodeURIComponent(id) +
        "?autoplay=1&cc_load_policy=1&hl=" + language + "&cc_lang_pref=" + language;
      frame.allow = "autoplay; encrypted-media; picture-in-picture";
      frame.allowFullscreen = true;
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      placeholder.replaceWith(frame);
      frame.focus();
    });
  });
})();
