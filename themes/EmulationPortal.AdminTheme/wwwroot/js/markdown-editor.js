// The body editor of the admin's forms ("write like in Word"): a toolbar that writes the Markdown, pasting from Word,
// LibreOffice, Google Docs or a web page as Markdown, pasted pictures uploaded as the item's photos, and a live
// preview rendered by the server (beside the text on a desktop, a tab on a phone). Markdown stays what is stored and
// the server's renderer the one place HTML is made. Without this script the field is the plain textarea.
import { htmlToMarkdown } from "./html-to-markdown.js";

const PHONE = window.matchMedia("(max-width: 700px)");
const PREVIEW_DELAY_MS = 400;

const element = (tag, className, attributes = {}, text = "") => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text) node.textContent = text;
    return node;
};

// Every change goes through the browser's own editing command, so Ctrl+Z undoes it like typing; where the command is
// refused the text is set directly (no undo then) and the change announced as typing would.
function replaceRange(textarea, start, end, text, selectStart = start + text.length, selectEnd = selectStart) {
    textarea.focus();
    textarea.setSelectionRange(start, end);
    if (text || start !== end) {
        const done = text ? document.execCommand("insertText", false, text) : document.execCommand("delete");
        if (!done) {
            textarea.setRangeText(text, start, end);
            textarea.dispatchEvent(new Event("input", { bubbles: true }));
        }
    }
    textarea.setSelectionRange(selectStart, selectEnd);
}

const lineStart = (value, index) => value.lastIndexOf("\n", index - 1) + 1;
const lineEnd = (value, index) => (value.indexOf("\n", index) === -1 ? value.length : value.indexOf("\n", index));

/** Puts a block (table, pasted document) on lines of its own, a blank line from the text around it. */
function insertBlock(textarea, markdown, selectFrom, selectTo) {
    const { value, selectionStart: start, selectionEnd: end } = textarea;
    const before = value.slice(0, start);
    const after = value.slice(end);
    const prefix = !before || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
    const suffix = !after || after.startsWith("\n\n") ? "" : after.startsWith("\n") ? "\n" : "\n\n";
    const at = start + prefix.length;
    replaceRange(textarea, start, end, prefix + markdown + suffix,
        at + (selectFrom ?? markdown.length), at + (selectTo ?? selectFrom ?? markdown.length));
}

const BLOCK_MARKER = /^(?:[-*+]|\d+[.)]|#{1,6}|>)\s+/;

const starsAround = (value, index, step) => {
    let count = 0;
    while (value[index + count * step] === "*") count++;
    return count;
};
// "**" is bold and "*" italic; three stars are both.
const carries = (stars, marker) => stars === 3 || stars === marker.length;

/** Bold or italic: wraps the selection (each line of it), unwraps it when already wrapped, or inserts a placeholder to type over. */
function toggleEmphasis(textarea, marker, placeholder) {
    const { value } = textarea;
    let start = textarea.selectionStart;
    let end = textarea.selectionEnd;
    while (start < end && /\s/.test(value[start])) start++;
    while (end > start && /\s/.test(value[end - 1])) end--;
    const selected = value.slice(start, end);
    const m = marker.length;
    if (selected && carries(starsAround(value, start - 1, -1), marker) && carries(starsAround(value, end, 1), marker)) {
        replaceRange(textarea, start - m, end + m, selected, start - m, end - m);
    } else if (selected.length > 2 * m && carries(starsAround(selected, 0, 1), marker) && carries(starsAround(selected, selected.length - 1, -1), marker)) {
        replaceRange(textarea, start, end, selected.slice(m, -m), start, end - 2 * m);
    } else if (!selected) {
        replaceRange(textarea, start, end, marker + placeholder + marker, start + m, start + m + placeholder.length);
    } else {
        // Emphasis cannot span paragraphs, and a line's list, heading or quote marker stays outside it.
        const fromLineStart = start === lineStart(value, start);
        const lines = selected.split("\n").map((line, i) => {
            const block = i > 0 || fromLineStart ? BLOCK_MARKER.exec(line)?.[0] ?? "" : "";
            const text = line.slice(block.length);
            return { block, wrapped: text.trim() ? block + text.replace(/^(\s*)(.*?)(\s*)$/, `$1${marker}$2${marker}$3`) : line };
        });
        const wrapped = lines.map((line) => line.wrapped).join("\n");
        if (lines.length > 1) replaceRange(textarea, start, end, wrapped, start, start + wrapped.length);
        else replaceRange(textarea, start, end, wrapped, start + lines[0].block.length + m, start + wrapped.length - m);
    }
}

/** The line's heading: none → section (##) → subsection (###) → none. */
function cycleHeading(textarea) {
    const { value } = textarea;
    const start = lineStart(value, textarea.selectionStart);
    const end = lineEnd(value, textarea.selectionStart);
    const line = value.slice(start, end);
    const hashes = /^(#{1,6})\s*/.exec(line);
    const level = hashes ? hashes[1].length : 0;
    const next = level === 0 || level === 1 ? "## " : level === 2 ? "### " : "";
    const text = hashes ? line.slice(hashes[0].length) : line;
    if (!text.trim()) {
        const placeholder = "Tiêu đề mục";
        replaceRange(textarea, start, end, next + placeholder, start + next.length, start + next.length + placeholder.length);
    } else {
        replaceRange(textarea, start, end, next + text, start + next.length + text.length);
    }
}

const LINE_MARKERS = { bullets: /^[-*+]\s+/, numbers: /^\d+[.)]\s+/, quote: /^>\s?/ };

/** A list, numbered list or quote over the selected lines, or off again when every line already is one. */
function toggleLines(textarea, kind) {
    const { value, selectionStart, selectionEnd } = textarea;
    const start = lineStart(value, selectionStart);
    const end = lineEnd(value, selectionEnd > selectionStart && value[selectionEnd - 1] === "\n" ? selectionEnd - 1 : selectionEnd);
    const lines = value.slice(start, end).split("\n");
    const filled = lines.filter((line) => line.trim());
    const on = filled.length > 0 && filled.every((line) => LINE_MARKERS[kind].test(line));
    let number = 0;
    const changed = lines.map((line) => {
        if (on) return line.replace(LINE_MARKERS[kind], "");
        if (!line.trim() && lines.length > 1) return line;
        const bare = kind === "quote" ? line : line.replace(LINE_MARKERS.bullets, "").replace(LINE_MARKERS.numbers, "");
        return (kind === "bullets" ? "- " : kind === "numbers" ? `${++number}. ` : "> ") + bare;
    }).join("\n");
    replaceRange(textarea, start, end, changed);
}

/** A table: the selected lines when they hold tab-separated cells (copied from a spreadsheet as text), else a blank one. */
function insertTable(textarea) {
    const selected = textarea.value.slice(textarea.selectionStart, textarea.selectionEnd);
    const row = (cells) => `| ${cells.join(" | ")} |`;
    if (selected.includes("\t")) {
        const rows = selected.split("\n").filter((line) => line.trim()).map((line) => line.split("\t").map((cell) => cell.trim().replace(/\|/g, "\\|") || " "));
        const width = Math.max(...rows.map((cells) => cells.length));
        const padded = rows.map((cells) => [...cells, ...Array(width - cells.length).fill(" ")]);
        insertBlock(textarea, [row(padded[0]), row(Array(width).fill("---")), ...padded.slice(1).map(row)].join("\n"));
        return;
    }
    const header = ["Cột 1", "Cột 2", "Cột 3"];
    const template = [row(header), row(["---", "---", "---"]), row([" ", " ", " "]), row([" ", " ", " "])].join("\n");
    insertBlock(textarea, template, 2, 2 + header[0].length);
}

/** An address the renderer keeps as a link (http, https, mailto), completing what people usually type; null if none. */
function linkAddress(typed) {
    const text = typed.trim();
    if (/^(https?:\/\/|mailto:)\S+$/i.test(text)) return text;
    if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return `mailto:${text}`;
    if (/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+(\/\S*)?$/u.test(text)) return `https://${text}`;
    return null;
}

let linkDialog;

/** One dialog for the page, outside the item's form (forms do not nest): the link's text and address. */
function openLinkDialog(textarea) {
    if (!linkDialog) linkDialog = createLinkDialog();
    const { dialog, text, address, error } = linkDialog;
    linkDialog.target = { textarea, start: textarea.selectionStart, end: textarea.selectionEnd };
    text.value = textarea.value.slice(textarea.selectionStart, textarea.selectionEnd).trim();
    address.value = "";
    error.textContent = "";
    dialog.showModal();
    (text.value ? address : text).focus();
}

function createLinkDialog() {
    const dialog = element("dialog", "md-dialog", { "aria-labelledby": "md-link-title" });
    const form = element("form", "", { method: "dialog", novalidate: "" });
    const text = element("input", "", { type: "text", name: "text", autocomplete: "off" });
    const address = element("input", "", { type: "text", name: "address", inputmode: "url", spellcheck: "false", autocomplete: "off", "aria-describedby": "md-link-error" });
    const error = element("p", "field-error", { id: "md-link-error", "aria-live": "polite" });
    const textLabel = element("label", "", {}, "Chữ hiển thị ");
    textLabel.append(element("span", "hint", {}, "Để trống thì hiện địa chỉ."), text);
    const addressLabel = element("label", "", {}, "Địa chỉ trang web hoặc e-mail ");
    addressLabel.append(element("span", "hint", {}, "Ví dụ: https://thiduakhenthuong.vn hoặc vanthu@example.vn"), address);
    const actions = element("div", "actions");
    const cancel = element("button", "button quiet", { type: "button" }, "Hủy");
    actions.append(element("button", "button", { type: "submit" }, "Chèn liên kết"), cancel);
    form.append(element("h2", "flush", { id: "md-link-title" }, "Chèn liên kết"), textLabel, addressLabel, error, actions);
    dialog.append(form);
    document.body.append(dialog);

    cancel.addEventListener("click", () => dialog.close());
    form.addEventListener("submit", (event) => {
        const url = linkAddress(address.value);
        if (!url) {
            event.preventDefault();
            error.textContent = "Địa chỉ chưa đúng: hãy nhập địa chỉ trang web (https://…) hoặc địa chỉ e-mail.";
            address.focus();
            return;
        }
        const { textarea, start, end } = linkDialog.target;
        const label = (text.value.trim() || address.value.trim()).replace(/[[\]]/g, "\\$&");
        const target = url.replace(/[()<>\s]/g, (c) => encodeURIComponent(c).replace(/[()]/g, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`));
        linkDialog.inserted = true;
        dialog.close();
        replaceRange(textarea, start, end, `[${label}](${target})`);
    });
    dialog.addEventListener("close", () => {
        const { textarea, start, end } = linkDialog.target;
        if (!linkDialog.inserted) {
            textarea.focus();
            textarea.setSelectionRange(start, end);
        }
        linkDialog.inserted = false;
    });
    return { dialog, text, address, error };
}

const ACTIONS = [
    { name: "bold", label: "Đậm", keys: "Control+B", key: "b", run: (textarea) => toggleEmphasis(textarea, "**", "chữ đậm") },
    { name: "italic", label: "Nghiêng", keys: "Control+I", key: "i", run: (textarea) => toggleEmphasis(textarea, "*", "chữ nghiêng") },
    { name: "heading", label: "Tiêu đề mục", run: cycleHeading },
    { name: "bullets", label: "Danh sách", run: (textarea) => toggleLines(textarea, "bullets") },
    { name: "numbers", label: "Danh sách đánh số", run: (textarea) => toggleLines(textarea, "numbers") },
    { name: "quote", label: "Trích dẫn", run: (textarea) => toggleLines(textarea, "quote") },
    { name: "link", label: "Liên kết", keys: "Control+K", key: "k", run: openLinkDialog },
    { name: "table", label: "Bảng", run: insertTable },
];

/** A toolbar of real buttons with one tab stop: arrows, Home and End move between them (roving tabindex). */
function createToolbar(textarea) {
    const toolbar = element("div", "md-toolbar", { role: "toolbar", "aria-label": "Định dạng nội dung", "aria-controls": textarea.id });
    const buttons = ACTIONS.map((action, i) => {
        const button = element("button", `md-tool md-tool-${action.name}`, { type: "button", tabindex: i === 0 ? "0" : "-1" }, action.label);
        if (action.keys) {
            button.setAttribute("aria-keyshortcuts", action.keys);
            button.title = `${action.label} (${action.keys.replace("Control", "Ctrl")})`;
        }
        button.addEventListener("click", () => {
            rove(i);
            action.run(textarea);
        });
        return button;
    });
    const rove = (index, focus = false) => {
        buttons.forEach((button, i) => { button.tabIndex = i === index ? 0 : -1; });
        if (focus) buttons[index].focus();
    };
    toolbar.addEventListener("keydown", (event) => {
        const current = buttons.indexOf(document.activeElement);
        if (current === -1) return;
        const last = buttons.length - 1;
        const next = { ArrowRight: current === last ? 0 : current + 1, ArrowLeft: current === 0 ? last : current - 1, Home: 0, End: last }[event.key];
        if (next === undefined) return;
        event.preventDefault();
        rove(next, true);
    });
    toolbar.append(...buttons);
    textarea.addEventListener("keydown", (event) => {
        if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
        const action = ACTIONS.find((a) => a.key === event.key.toLowerCase());
        if (!action) return;
        event.preventDefault();
        action.run(textarea);
    });
    return toolbar;
}

function dataUriFile(src, index) {
    const data = /^data:(image\/[\w.+-]+);base64,([\s\S]*)$/i.exec(src);
    if (!data) return null;
    const bytes = Uint8Array.from(atob(data[2].replace(/\s/g, "")), (c) => c.charCodeAt(0));
    const extension = data[1].split("/")[1].replace("jpeg", "jpg").replace(/\+.*/, "");
    return new File([bytes], `anh-dan-vao-${index + 1}.${extension}`, { type: data[1] });
}

/**
 * Pictures on the clipboard (a screenshot, a copied photo, or pictures LibreOffice puts in the HTML as data) go to
 * the item's photo list through its upload field, so they are uploaded, checked and shown as any chosen photo. The
 * body cannot show them: the renderer draws no image from the media store, whose originals are for staff only.
 */
function pastePictures(textarea, files, unreachable, say) {
    const photoInput = textarea.form.querySelector("input[type=file][data-upload=photos]");
    const messages = [];
    if (files.length && photoInput) {
        const transfer = new DataTransfer();
        files.forEach((file) => transfer.items.add(file));
        photoInput.files = transfer.files;
        photoInput.dispatchEvent(new Event("change", { bubbles: true }));
        messages.push(`Đã đưa ${files.length} ảnh dán vào lên phần Ảnh bên dưới: hãy viết chú thích cho ảnh.`);
    } else if (files.length) {
        messages.push("Loại nội dung này không có ảnh: ảnh dán vào không được lưu.");
    }
    if (unreachable) {
        messages.push(`${unreachable} ảnh trong phần dán vào không lấy được từ bộ nhớ tạm: hãy lưu ảnh ra máy rồi thêm ở phần Ảnh.`);
    }
    say(messages.join(" "));
}

function handlePaste(event, textarea, say) {
    const clipboard = event.clipboardData;
    if (!clipboard) return;
    const html = clipboard.getData("text/html");
    const converted = html ? htmlToMarkdown(html) : null;
    let files = Array.from(clipboard.files).filter((file) => file.type.startsWith("image/"));
    let unreachable = 0;
    if (!files.length && converted) {
        const fromHtml = converted.images.map((image, i) => dataUriFile(image.src, i));
        files = fromHtml.filter(Boolean);
        unreachable = fromHtml.length - files.length;
    }
    // Text without any structure pastes as the browser would paste it, so Markdown copied as text stays Markdown.
    if (!converted?.formatted && !files.length && !unreachable) return;
    event.preventDefault();
    if (converted?.formatted) {
        if (converted.inline) replaceRange(textarea, textarea.selectionStart, textarea.selectionEnd, converted.markdown);
        else insertBlock(textarea, converted.markdown);
        say(files.length || unreachable ? "" : "Đã chuyển nội dung dán vào sang định dạng của trang: tiêu đề, danh sách, bảng, chữ đậm, nghiêng và liên kết được giữ lại.");
    } else {
        const text = clipboard.getData("text/plain");
        if (text) replaceRange(textarea, textarea.selectionStart, textarea.selectionEnd, text);
    }
    if (files.length || unreachable) pastePictures(textarea, files, unreachable, say);
}

/**
 * Shows the server's rendering, replacing only the top-level blocks that changed: the box is a polite live region,
 * so a screen reader reads the paragraph being written rather than the whole body at each pause.
 */
function showPreview(box, html) {
    const fresh = document.createElement("template");
    fresh.innerHTML = html.trim() || `<p class="md-empty">Chưa có nội dung.</p>`;
    const before = Array.from(box.children);
    const after = Array.from(fresh.content.children);
    let head = 0;
    while (head < before.length && head < after.length && before[head].isEqualNode(after[head])) head++;
    let tail = 0;
    while (tail < before.length - head && tail < after.length - head
        && before[before.length - 1 - tail].isEqualNode(after[after.length - 1 - tail])) tail++;
    before.slice(head, before.length - tail).forEach((node) => node.remove());
    const anchor = before[before.length - tail] ?? null;
    after.slice(head, after.length - tail).forEach((node) => box.insertBefore(node, anchor));
}

function livePreview(textarea, box, say) {
    const token = textarea.form.querySelector("input[name=__RequestVerificationToken]")?.value ?? "";
    let timer;
    let sequence = 0;
    let shown = null;
    const refresh = async () => {
        clearTimeout(timer);
        const markdown = textarea.value;
        if (markdown === shown) return;
        const mine = ++sequence;
        try {
            const response = await fetch(textarea.dataset.previewUrl, {
                method: "POST",
                headers: { "Content-Type": "application/x-www-form-urlencoded", RequestVerificationToken: token },
                body: new URLSearchParams({ markdown }),
            });
            if (!response.ok) throw new Error(`HTTP ${response.status}`);
            const html = await response.text();
            if (mine !== sequence) return;
            shown = markdown;
            box.setAttribute("aria-busy", "false");
            showPreview(box, html);
        } catch {
            if (mine === sequence) say("Không xem trước được nội dung: kiểm tra kết nối mạng rồi gõ tiếp.");
        }
    };
    textarea.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(refresh, PREVIEW_DELAY_MS);
    });
    refresh();
    return refresh;
}

function enhance(textarea) {
    const id = textarea.id;
    const editor = element("div", "md-editor");
    const tabs = element("div", "md-tabs", { role: "tablist", "aria-label": "Soạn thảo hoặc xem trước" });
    const writeTab = element("button", "", { type: "button", role: "tab", id: `${id}-tab-write`, "aria-controls": `${id}-write` }, "Soạn thảo");
    const previewTab = element("button", "", { type: "button", role: "tab", id: `${id}-tab-preview`, "aria-controls": `${id}-preview` }, "Xem trước");
    tabs.append(writeTab, previewTab);
    const panes = element("div", "md-panes");
    const write = element("div", "md-pane md-write", { id: `${id}-write` });
    const preview = element("div", "md-pane md-preview", { id: `${id}-preview` });
    const previewLabel = element("p", "md-preview-label", { id: `${id}-preview-label` }, "Xem trước ");
    previewLabel.append(element("span", "hint", {}, "như trên trang công khai"));
    const box = element("div", "md-preview-body preview-box", { "aria-live": "polite", "aria-busy": "true" });
    const notice = element("p", "md-notice", { role: "status" });
    const say = (message) => { notice.textContent = message; };

    textarea.before(editor);
    write.append(createToolbar(textarea), textarea, notice);
    preview.append(previewLabel, box);
    panes.append(write, preview);
    editor.append(tabs, panes);
    textarea.addEventListener("paste", (event) => handlePaste(event, textarea, say));
    const refresh = livePreview(textarea, box, say);

    // On a phone the two panes are tabs (ARIA tab pattern); on a desktop they stand side by side and the preview is a
    // region named by its label. The roles follow the screen, so a rotated tablet gets the right ones.
    let selected = writeTab;
    const select = (tab, focus = false) => {
        selected = tab;
        for (const [each, pane] of [[writeTab, write], [previewTab, preview]]) {
            each.setAttribute("aria-selected", String(each === tab));
            each.tabIndex = each === tab ? 0 : -1;
            pane.hidden = PHONE.matches && each !== tab;
        }
        if (focus) tab.focus();
        if (tab === previewTab) refresh();
    };
    const layout = () => {
        const phone = PHONE.matches;
        tabs.hidden = !phone;
        previewLabel.hidden = phone;
        if (phone) {
            write.setAttribute("role", "tabpanel");
            write.setAttribute("aria-labelledby", writeTab.id);
        } else {
            write.removeAttribute("role");
            write.removeAttribute("aria-labelledby");
        }
        preview.setAttribute("role", phone ? "tabpanel" : "region");
        preview.setAttribute("aria-labelledby", phone ? previewTab.id : previewLabel.id);
        // Beside the text the preview scrolls inside its box, which the keyboard must then be able to reach.
        if (phone) box.removeAttribute("tabindex");
        else box.tabIndex = 0;
        select(selected);
    };
    writeTab.addEventListener("click", () => select(writeTab));
    previewTab.addEventListener("click", () => select(previewTab));
    tabs.addEventListener("keydown", (event) => {
        if (!["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)) return;
        event.preventDefault();
        const other = selected === writeTab ? previewTab : writeTab;
        select(event.key === "Home" ? writeTab : event.key === "End" ? previewTab : other, true);
    });
    PHONE.addEventListener("change", layout);
    layout();
}

document.querySelectorAll("textarea[data-markdown-editor]").forEach(enhance);
