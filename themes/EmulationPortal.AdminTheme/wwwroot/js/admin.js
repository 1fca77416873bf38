// Small enhancements; every form works without them.

// Parts folded on a phone (the new-item buttons, the list's filters) stand open on a wide screen.
const wideScreen = window.matchMedia("(min-width: 960px)");
const unfoldOnWideScreen = () => {
    if (wideScreen.matches) document.querySelectorAll("details[data-open-wide]").forEach((part) => { part.open = true; });
};
unfoldOnWideScreen();
wideScreen.addEventListener("change", unfoldOnWideScreen);

document.addEventListener("click", (event) => {
    const addRow = event.target.closest("[data-add-row]");
    if (addRow) {
        event.preventDefault();
        const body = document.getElementById(addRow.dataset.addRow);
        const template = body.querySelector("tr:last-child");
        const index = body.querySelectorAll("tr").length;
        const row = template.cloneNode(true);
        row.querySelectorAll("input, select, textarea").forEach((input) => {
            input.name = input.name.replace(/\[\d+\]/, `[${index}]`);
            if (input.tagName !== "SELECT") input.value = "";
        });
        row.querySelectorAll("[data-row-note], .field-error").forEach((note) => { note.textContent = ""; });
        body.appendChild(row);
        return;
    }
});
document.addEventListener("submit", (event) => {
    const message = event.target.dataset.confirm;
    if (message && !window.confirm(message)) event.preventDefault();
});

// Photos and attachments: upload as soon as chosen (with progress), reorder and remove in place.
// Without this script the same buttons submit the form and the server does the same work.
const renumber = (list) => {
    list.querySelectorAll(":scope > li").forEach((row, index) => {
        row.querySelectorAll("input[name]").forEach((input) => {
            input.name = input.name.replace(/\[\d+\]/, `[${index}]`);
        });
    });
};

document.addEventListener("click", (event) => {
    const button = event.target.closest("[data-move]");
    if (!button) return;
    event.preventDefault();
    const row = button.closest("li");
    const list = row.parentElement;
    if (button.dataset.move === "up" && row.previousElementSibling) list.insertBefore(row, row.previousElementSibling);
    if (button.dataset.move === "down" && row.nextElementSibling) list.insertBefore(row.nextElementSibling, row);
    if (button.dataset.move === "remove") row.remove();
    renumber(list);
});

// A photo's focal point: a click on the photo fills the two number fields, which are the whole control without
// this script, and a marker shows the point. The marker is placed through CSSOM, which the CSP allows, unlike
// a style attribute.
const focusFields = (index) =>
    `<fieldset class="focus-fields"><legend>Tâm điểm ảnh ${index + 1}</legend>` +
    ["X", "Y"].map((axis) => `<label>${axis === "X" ? "Ngang" : "Dọc"} <input type="number" name="Photos[${index}].Focus.${axis}" value="0.5" ` +
        `min="0" max="1" step="0.01" inputmode="decimal" data-focus-axis="${axis.toLowerCase()}"></label>`).join("") +
    `</fieldset>`;

const focusInputs = (row) => ["x", "y"].map((axis) => row.querySelector(`[data-focus-axis="${axis}"]`));

const placeFocusMarker = (picker) => {
    const [x, y] = focusInputs(picker.closest("li"));
    let marker = picker.querySelector(".focus-marker");
    if (!marker) {
        marker = document.createElement("span");
        marker.className = "focus-marker";
        marker.setAttribute("aria-hidden", "true");
        picker.appendChild(marker);
    }
    const percent = (input) => {
        const value = Number.parseFloat(input.value);
        return `${Number.isNaN(value) ? 50 : Math.min(Math.max(value, 0), 1) * 100}%`;
    };
    marker.style.left = percent(x);
    marker.style.top = percent(y);
};

document.querySelectorAll("[data-focus-picker]").forEach(placeFocusMarker);

document.addEventListener("click", (event) => {
    const image = event.target.closest("[data-focus-picker] img");
    if (!image) return;
    const box = image.getBoundingClientRect();
    const fraction = (offset, size) => (Math.min(Math.max(offset / size, 0), 1)).toFixed(2);
    const [x, y] = focusInputs(image.closest("li"));
    x.value = fraction(event.clientX - box.left, box.width);
    y.value = fraction(event.clientY - box.top, box.height);
    placeFocusMarker(image.parentElement);
});

document.addEventListener("input", (event) => {
    const picker = event.target.matches("[data-focus-axis]") && event.target.closest("li").querySelector("[data-focus-picker]");
    if (picker) placeFocusMarker(picker);
});

document.addEventListener("change", (event) => {
    const input = event.target.closest("input[type=file][data-upload]");
    if (!input || input.files.length === 0) return;
    const listName = input.dataset.upload;
    const list = document.getElementById(listName);
    const progress = document.querySelector(`[data-progress-for="${listName}"]`);
    const token = input.form.querySelector("input[name=__RequestVerificationToken]").value;
    Array.from(input.files).forEach((file) => {
        const line = document.createElement("div");
        line.className = "upload-line";
        line.innerHTML = `<span></span> <progress max="100" value="0"></progress>`;
        line.querySelector("span").textContent = file.name;
        progress.appendChild(line);
        const request = new XMLHttpRequest();
        request.open("POST", input.dataset.url);
        request.setRequestHeader("RequestVerificationToken", token);
        request.upload.addEventListener("progress", (e) => {
            if (e.lengthComputable) line.querySelector("progress").value = Math.round((e.loaded / e.total) * 100);
        });
        request.addEventListener("load", () => {
            let answer = {};
            try { answer = JSON.parse(request.responseText); } catch { answer = {}; }
            if (request.status !== 200) {
                line.className = "upload-line error";
                line.textContent = answer.detail || `Không tải lên được tệp ${file.name}.`;
                return;
            }
            if ((listName === "photos") !== (answer.kind === "Image")) {
                line.className = "upload-line error";
                line.textContent = listName === "photos" ? `Tệp ${file.name} không phải là ảnh.` : `Tệp ${file.name} là ảnh: hãy đưa vào phần ảnh.`;
                return;
            }
            line.remove();
            const index = list.children.length;
            const row = document.createElement("li");
            row.className = "media-row";
            const prefix = listName === "photos" ? "Photos" : "Attachments";
            const textField = listName === "photos" ? "Caption" : "Title";
            const label = listName === "photos" ? `Chú thích ảnh ${index + 1}` : `Tên tệp ${index + 1}`;
            row.innerHTML = (answer.thumbnail ? `<span class="focus-picker" data-focus-picker><img alt="" width="120" height="80"></span>` : "") +
                `<input type="hidden" name="${prefix}[${index}].File">` +
                `<label>${label}<input type="text" name="${prefix}[${index}].${textField}" maxlength="500" required></label>` +
                (listName === "photos" ? focusFields(index) : "") +
                `<span class="row-buttons"><button type="button" class="button quiet" data-move="up">↑</button>` +
                `<button type="button" class="button quiet" data-move="down">↓</button>` +
                `<button type="button" class="button quiet" data-move="remove">Bỏ</button></span>`;
            if (answer.thumbnail) row.querySelector("img").src = answer.thumbnail;
            row.querySelector("input[type=hidden]").value = answer.key;
            row.querySelector("input[type=text]").value = listName === "photos" ? "" : answer.title;
            list.appendChild(row);
            row.querySelectorAll("[data-focus-picker]").forEach(placeFocusMarker);
        });
        request.addEventListener("error", () => {
            line.className = "upload-line error";
            line.textContent = `Mất kết nối khi tải lên ${file.name}.`;
        });
        const body = new FormData();
        body.append("file", file);
        request.send(body);
    });
    input.value = "";
});

// Unit type-ahead of the award rows: suggestions follow what is typed (names folded on the server), and
// picking one links the row to that unit through its hidden UnitId. Typing anything else drops the link, so
// a row never keeps a unit its text no longer names. Without this script the unit is matched by name on save.
const unitSuggestions = document.getElementById("unit-suggestions");
if (unitSuggestions) {
    const unitIds = new Map();
    let pending;
    document.addEventListener("input", (event) => {
        const input = event.target.closest("[data-unit-suggest]");
        if (!input) return;
        const cell = input.closest("td");
        const unitId = unitIds.get(input.value);
        cell.querySelector("input[type=hidden]").value = unitId ?? "";
        const note = cell.querySelector("[data-row-note]");
        if (note) note.textContent = unitId ? `Đã chọn: ${input.value}` : "";
        clearTimeout(pending);
        const text = input.value.trim();
        if (unitId || text.length < 2) return;
        pending = setTimeout(async () => {
            const url = new URL(input.dataset.unitSuggest, window.location.href);
            url.searchParams.set("q", text);
            const response = await fetch(url, { headers: { Accept: "application/json" } });
            if (!response.ok) return;
            const units = await response.json();
            unitSuggestions.replaceChildren(...units.map((unit) => {
                unitIds.set(unit.name, unit.id);
                const option = document.createElement("option");
                option.value = unit.name;
                if (unit.province) option.label = unit.province;
                return option;
            }));
        }, 200);
    });
}
