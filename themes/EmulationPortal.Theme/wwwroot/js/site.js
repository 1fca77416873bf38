// Small enhancements of every public page; each part works without it.
(() => {
    // The menu button: without script it is a link to the menu, which the :target rule opens.
    const button = document.querySelector(".menu-button");
    const menu = document.getElementById("dieu-huong");
    if (button && menu) {
        button.setAttribute("role", "button");
        const setOpen = (open) => {
            menu.classList.toggle("open", open);
            button.setAttribute("aria-expanded", String(open));
        };
        button.addEventListener("click", (event) => {
            event.preventDefault();
            setOpen(button.getAttribute("aria-expanded") !== "true");
        });
        button.addEventListener("keydown", (event) => {
            if (event.key === " ") {
                event.preventDefault();
                button.click();
            }
        });
        document.addEventListener("keydown", (event) => {
            if (event.key === "Escape" && menu.classList.contains("open")) {
                setOpen(false);
                button.focus();
            }
        });
    }

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
