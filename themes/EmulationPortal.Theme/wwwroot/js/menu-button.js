// A header's menu button, on the public site and in the admin: without script it is a link to the menu, which the
// :target rule opens; with it, a toggle that says whether the menu is open and closes on Escape.
(() => {
    document.querySelectorAll("[data-menu-button]").forEach((button) => {
        const menu = document.getElementById(button.getAttribute("aria-controls"));
        if (!menu) return;
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
    });
})();
