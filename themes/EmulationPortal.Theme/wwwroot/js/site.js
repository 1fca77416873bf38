// Small enhancements of every public page; each part works without it.
(() => {
    // Filters: folded on a phone, where results come first; open beside the results on a wide screen.
    const wide = window.matchMedia("(min-width: 960px)");
    const unfold = () => {
        if (wide.matches) document.querySelectorAll("details.filter-panel").forEach((panel) => { panel.open = true; });
    };
    unfold();
    wide.addEventListener("change", unfold);

    // The day a page is printed, at its foot.
    const printDate = document.querySelector(".print-date");
    if (printDate) {
        window.addEventListener("beforeprint", () => {
            const now = new Date();
            const pad = (n) => String(n).padStart(2, "0");
            printDate.textContent = `${pad(now.getDate())}/${pad(now.getMonth() + 1)}/${now.getFullYear()}`;
            printDate.setAttribute("datetime", `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);
        });
    }
})();
