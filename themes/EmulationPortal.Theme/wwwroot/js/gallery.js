// A light lightbox for [data-gallery] links. Without this script each link simply opens the large photo.
(() => {
    const galleries = document.querySelectorAll("[data-gallery]");
    if (galleries.length === 0 || typeof HTMLDialogElement !== "function") return;

    const dialog = document.createElement("dialog");
    dialog.className = "lightbox";
    dialog.setAttribute("aria-label", "Xem ảnh");
    dialog.innerHTML =
        '<span class="count" aria-live="polite"></span>' +
        '<button type="button" class="close" aria-label="Đóng">×</button>' +
        '<button type="button" class="prev" aria-label="Ảnh trước">‹</button>' +
        '<button type="button" class="next" aria-label="Ảnh sau">›</button>' +
        '<figure><img alt=""><figcaption></figcaption></figure>';
    document.body.appendChild(dialog);
    const image = dialog.querySelector("img");
    const caption = dialog.querySelector("figcaption");
    const count = dialog.querySelector(".count");
    let links = [];
    let index = 0;
    let opener = null;

    const show = (i) => {
        index = (i + links.length) % links.length;
        const link = links[index];
        image.src = link.href;
        image.alt = link.dataset.caption || "";
        caption.textContent = link.dataset.caption || "";
        count.textContent = `${index + 1} / ${links.length}`;
    };

    galleries.forEach((gallery) => {
        const own = Array.from(gallery.querySelectorAll("a[data-caption]"));
        own.forEach((link, i) => link.addEventListener("click", (event) => {
            if (event.ctrlKey || event.metaKey || event.shiftKey) return;
            event.preventDefault();
            links = own;
            opener = link;
            show(i);
            dialog.showModal();
            dialog.querySelector(".close").focus();
        }));
    });

    dialog.querySelector(".close").addEventListener("click", () => dialog.close());
    dialog.querySelector(".prev").addEventListener("click", () => show(index - 1));
    dialog.querySelector(".next").addEventListener("click", () => show(index + 1));
    dialog.addEventListener("keydown", (event) => {
        if (event.key === "ArrowLeft") show(index - 1);
        if (event.key === "ArrowRight") show(index + 1);
    });
    dialog.addEventListener("click", (event) => { if (event.target === dialog) dialog.close(); });
    dialog.addEventListener("close", () => { image.removeAttribute("src"); opener?.focus(); });
})();
