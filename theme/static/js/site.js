/* Progressive enhancement only: every page works without this file. */
(function () {
  "use strict";
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
  document.querySelectorAll("[data-copy-link]").forEach(function (button) {
    if (!navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var status = button.parentNode.querySelector("[role=status]");
      navigator.clipboard.writeText(button.getAttribute("data-copy-link")).then(function () {
        if (status) { status.textContent = "Đã sao chép liên kết."; }
      }, function () {
        if (status) { status.textContent = "Không sao chép được, hãy chép địa chỉ trên thanh trình duyệt."; }
      });
    });
  });
}());
