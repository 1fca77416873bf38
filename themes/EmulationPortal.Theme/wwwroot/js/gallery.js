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

    // Swipes on a phone: left or right for the next or previous photo, down to close. Pointer events, so a finger,
    // a pen and a mouse drag alike; the photo follows the pointer so the reader sees the gesture being taken.
    const figure = dialog.querySelector("figure");
    image.draggable = false;
    let swipe = null;
    figure.addEventListener("pointerdown", (event) => {
        if (!event.isPrimary || event.button !== 0) return;
        swipe = { id: event.pointerId, x: event.clientX, y: event.clientY };
        figure.setPointerCapture(event.pointerId);
        image.classList.add("dragging");
    });
    figure.addEventListener("pointermove", (event) => {
        if (swipe?.id !== event.pointerId) return;
        const dx = event.clientX - swipe.x;
        const dy = event.clientY - swipe.y;
        image.style.transform = Math.abs(dx) >= Math.abs(dy) ? `translateX(${dx}px)` : `translateY(${Math.max(dy, 0)}px)`;
    });
    const endSwipe = (event) => {
        if (swipe?.id !== event.pointerId) return;
        const dx = event.clientX - swipe.x;
        const dy = event.clientY - swipe.y;
        swipe = null;
        image.classList.remove("dragging");
        image.style.transform = "";
        if (event.type === "pointercancel") return;
        // A fifth of a phone's width, so a tap or a shaky finger never turns the page.
        const distance = Math.min(80, window.innerWidth / 5);
        if (Math.abs(dx) > distance && Math.abs(dx) > Math.abs(dy)) show(index + (dx < 0 ? 1 : -1));
        else if (dy > distance && dy > Math.abs(dx)) dialog.close();
    };
    figure.addEventListener("pointerup", endSwipe);
    figure.addEventListener("pointercancel", endSwipe);
    dialog.addEventListener("close", () => { image.removeAttribute("src"); opener?.focus(); });
})();
