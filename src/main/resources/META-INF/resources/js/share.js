/* Copy buttons for the share block: an enhancement; without JavaScript the URL is there to select. */
(function () {
  'use strict';
  function init() {
    if (!navigator.clipboard) {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('button.copy[data-copy]'), function (button) {
      var source = document.getElementById(button.getAttribute('data-copy'));
      if (!source) {
        return;
      }
      var label = button.textContent;
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(source.value).then(function () {
          button.textContent = button.getAttribute('data-done');
          setTimeout(function () { button.textContent = label; }, 2000);
        });
      });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
