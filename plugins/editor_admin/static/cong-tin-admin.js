/* Cổng tin: rules Decap CMS cannot express in config.yml, applied before each save.
   - every text is stored in Unicode NFC (Vietnamese keyboards may send decomposed marks);
   - a photo needs its description (image_alt), as plugins/front_matter requires;
   - the save button says "Lưu": the status field (draft/published), not the button, decides
     what residents see once the site is rebuilt. */
(function () {
  "use strict";
  // The preview beside the form uses the portal's own stylesheet (same site, path from the build).
  var style = document.currentScript && document.currentScript.getAttribute("data-preview-style");
  if (style) window.CMS.registerPreviewStyle(new URL(style, document.baseURI).href);
  var vi = window.CMS.getLocale("vi");
  if (vi && vi.editor && vi.editor.editorToolbar) {
    var toolbar = Object.assign({}, vi.editor.editorToolbar, {
      publish: "Lưu", publishNow: "Lưu ngay", publishing: "Đang lưu...", published: "Đã lưu",
      publishAndCreateNew: "Lưu và viết bài mới", publishAndDuplicate: "Lưu và sao chép"
    });
    window.CMS.registerLocale("vi", Object.assign({}, vi, {
      editor: Object.assign({}, vi.editor, {editorToolbar: toolbar})
    }));
  }
  function nfc(value) {
    if (typeof value === "string") return value.normalize("NFC");
    if (value && typeof value.map === "function") return value.map(nfc);
    return value;
  }
  window.CMS.registerEventListener({
    name: "preSave",
    handler: function (event) {
      var data = event.entry.get("data");
      var alt = data.get("image_alt");
      if (data.get("image") && !(typeof alt === "string" && alt.trim())) {
        throw new Error("Ảnh đại diện chưa có mô tả: điền ô «Mô tả ảnh cho người không xem được ảnh» rồi bấm Lưu lại.");
      }
      return nfc(data);
    }
  });
})();
