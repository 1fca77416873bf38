// Shared preview links on an item's page: the whole address is selected on focus, so a long-press or Ctrl+C takes
// all of it, and "Sao chép" (shown only where the clipboard can be written) copies it in one tap.
document.querySelectorAll("[data-preview-link]").forEach((field) => {
    field.addEventListener("focus", () => field.select());
});
if (navigator.clipboard && window.isSecureContext) {
    document.querySelectorAll("[data-copy-from]").forEach((button) => {
        button.hidden = false;
        button.addEventListener("click", async () => {
            const field = document.getElementById(button.dataset.copyFrom);
            try {
                await navigator.clipboard.writeText(field.value);
                button.textContent = "Đã sao chép";
            } catch {
                field.focus();
                button.textContent = "Hãy sao chép bằng tay";
            }
        });
    });
}
