// Small enhancements; every form works without them.
document.addEventListener("click", async (event) => {
    const previewButton = event.target.closest("[data-markdown-preview]");
    if (previewButton) {
        event.preventDefault();
        const source = document.getElementById(previewButton.dataset.markdownPreview);
        const target = document.getElementById(previewButton.dataset.target);
        const token = previewButton.form.querySelector("input[name=__RequestVerificationToken]").value;
        const response = await fetch("/admin/markdown", {
            method: "POST",
            headers: { "Content-Type": "application/x-www-form-urlencoded", "RequestVerificationToken": token },
            body: new URLSearchParams({ markdown: source.value }),
        });
        target.innerHTML = response.ok ? await response.text() : "<p>Không xem trước được.</p>";
        target.hidden = false;
        return;
    }
    const addRow = event.target.closest("[data-add-row]");
    if (addRow) {
        event.preventDefault();
        const body = document.getElementById(addRow.dataset.addRow);
        const template = body.querySelector("tr:last-child");
        const index = body.querySelectorAll("tr").length;
        const row = template.cloneNode(true);
        row.querySelectorAll("input, select").forEach((input) => {
            input.name = input.name.replace(/\[\d+\]/, `[${index}]`);
            if (input.tagName === "INPUT") input.value = "";
        });
        body.appendChild(row);
        return;
    }
});
document.addEventListener("submit", (event) => {
    const message = event.target.dataset.confirm;
    if (message && !window.confirm(message)) event.preventDefault();
});
