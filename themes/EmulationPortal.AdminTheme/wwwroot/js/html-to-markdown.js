// Turns the HTML that Word, LibreOffice, Google Docs or a web page put on the clipboard into the Markdown that
// Core's MarkdownRenderer reads (CommonMark, pipe tables, emphasis extras; links only to http, https and mailto),
// so a body keeps its headings, lists, tables, emphasis and links and nothing else: no styles, classes, comments or
// Office's hidden markup. Structure comes from tags, from Word's mso-list paragraphs (Word pastes no <ul>/<ol>) and
// from inline font-weight / font-style (Google Docs and copies from web pages style spans instead of using <b>).
// A pure function of its input, so its rules can be tested on their own.

const BLOCK_TAGS = new Set(["ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "CENTER", "DD", "DETAILS", "DIV", "DL",
    "DT", "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI",
    "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL"]);
const BLOCK_SELECTOR = Array.from(BLOCK_TAGS, (tag) => tag.toLowerCase()).join(",");
const SKIPPED_TAGS = new Set(["AUDIO", "BUTTON", "CANVAS", "COLGROUP", "HEAD", "IFRAME", "INPUT", "LINK", "MAP", "META",
    "NOSCRIPT", "OBJECT", "SCRIPT", "SELECT", "STYLE", "SVG", "TEMPLATE", "TEXTAREA", "TITLE", "VIDEO", "XML"]);
// Emphasis is nested in this order, outermost first; a link holds its text's emphasis.
const INLINE_KEYS = ["href", "code", "bold", "italic", "strike", "sup", "sub"];
const DELIMITERS = { bold: "**", italic: "*", strike: "~~", sup: "^", sub: "~" };
const WORD_LIST = /mso-list:\s*(l\d+)\s+level(\d+)/i;
const ORDERED_MARKER = /^\(?(\d+|[a-z]|[ivxlcdm]+)[.)]/i;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * @param {string} html the clipboard's text/html
 * @returns {{ markdown: string, formatted: boolean, inline: boolean, images: { src: string, alt: string }[] }}
 * formatted: whether the Markdown says more than the clipboard's plain text would (structure, emphasis, links, line
 * breaks, or several paragraphs, which plain text from Word parts by a single line end, one paragraph in Markdown);
 * inline: a single paragraph, to be put in the running text rather than as a block of its own.
 */
export function htmlToMarkdown(html) {
    const body = new DOMParser().parseFromString(withoutInlineStyles(html), "text/html").body;
    dropOfficeMarkup(body);
    const state = { formatted: false, images: [], headingShift: headingShift(body) };
    const blocks = blocksOf(body, { state, fmt: formatOf(body, {}), flat: false, noBold: false });
    return {
        markdown: blocks.map((block) => block.md).join("\n\n"),
        formatted: state.formatted || blocks.length > 1,
        inline: blocks.length === 1 && blocks[0].kind === "p",
        images: state.images,
    };
}

// A parsed document takes the page's Content-Security-Policy, which refuses (and reports) every style element and
// attribute of a pasted document. Style sheets say nothing the converter reads; style attributes are read under
// another name, which nothing applies.
const STYLE_ATTRIBUTE = "data-pasted-style";
const START_TAG = /<[a-z][^\s/>]*(?:\s*(?:[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?|\/))*\s*>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

function withoutInlineStyles(html) {
    return html
        .replace(/<style[\s>][\s\S]*?<\/style\s*>/gi, "")
        .replace(START_TAG, (tag) => {
            const name = /^<[^\s/>]*/.exec(tag)[0];
            return name + tag.slice(name.length).replace(ATTRIBUTE, (attribute, attributeName, value) =>
                (attributeName.toLowerCase() === "style" ? STYLE_ATTRIBUTE + (value ?? "") : attribute));
        });
}

// Word wraps a list's number in <![if !supportLists]>…<![endif]>, which an HTML parser reads as two comments around
// the number; Word for Mac and Outlook mark it mso-list:Ignore instead. The number says whether the list is ordered,
// so it is kept on the paragraph before it goes. Other downlevel-revealed blocks are Office's fallbacks, except a
// picture's (!vml), which is the picture.
function dropOfficeMarkup(body) {
    const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
    const openings = [];
    while (walker.nextNode()) {
        const data = walker.currentNode.data.trim();
        if (/^\[if\s/i.test(data) && !/!vml/i.test(data)) openings.push(walker.currentNode);
    }
    for (const opening of openings) {
        const revealed = [];
        let node = opening.nextSibling;
        while (node && !(node.nodeType === Node.COMMENT_NODE && /^\[endif/i.test(node.data.trim()))) {
            revealed.push(node);
            node = node.nextSibling;
        }
        if (!node) continue;
        keepListMarker(opening.parentElement, revealed.map((n) => n.textContent).join(""));
        revealed.forEach((n) => n.remove());
    }
    for (const ignored of body.querySelectorAll(`[${STYLE_ATTRIBUTE}*='mso-list' i]`)) {
        if (styleOf(ignored).get("mso-list") !== "ignore") continue;
        keepListMarker(ignored.parentElement, ignored.textContent);
        ignored.remove();
    }
}

function keepListMarker(element, text) {
    for (let holder = element; holder; holder = holder.parentElement) {
        if (WORD_LIST.test(holder.getAttribute(STYLE_ATTRIBUTE) ?? "")) {
            holder.dataset.listMarker ??= text.replace(/\s+/g, " ").trim();
            return;
        }
    }
}

function styleOf(element) {
    const style = new Map();
    for (const declaration of (element.getAttribute(STYLE_ATTRIBUTE) ?? "").split(";")) {
        const colon = declaration.indexOf(":");
        if (colon > 0) {
            style.set(declaration.slice(0, colon).trim().toLowerCase(),
                declaration.slice(colon + 1).replace(/!important/i, "").trim().toLowerCase());
        }
    }
    return style;
}

function isSkipped(element) {
    if (SKIPPED_TAGS.has(element.tagName) || element.hasAttribute("hidden")) return true;
    const style = styleOf(element);
    return style.get("display") === "none" || style.get("visibility") === "hidden" || style.get("mso-hide") === "all"
        || /^comment/.test(style.get("mso-element") ?? "") || style.get("mso-special-character") === "comment"
        || element.classList.contains("MsoCommentReference") || element.classList.contains("msocomanchor");
}

const isBlock = (element) => BLOCK_TAGS.has(element.tagName) || element.querySelector(BLOCK_SELECTOR) !== null;

/** A heading's level as the source gave it (0 for no heading): tags, Word's title styles and outline levels. */
function headingLevel(element) {
    const tag = /^H([1-6])$/.exec(element.tagName);
    if (tag) return Number(tag[1]);
    if (element.tagName !== "P") return 0;
    if (element.classList.contains("MsoTitle")) return 1;
    if (element.classList.contains("MsoSubtitle")) return 2;
    const outline = /^(\d)$/.exec(styleOf(element).get("mso-outline-level") ?? "");
    return outline ? Math.min(Number(outline[1]), 6) : 0;
}

// The page's title is its only h1, so the pasted text's top heading becomes a section (##), its others follow.
function headingShift(body) {
    const levels = Array.from(body.querySelectorAll("h1,h2,h3,h4,h5,h6,p"))
        .filter((element) => !element.closest("li,td,th"))
        .map(headingLevel)
        .filter((level) => level > 0);
    return levels.length ? 2 - Math.min(...levels) : 0;
}

/** The inline format an element gives its text, over what it inherits; a style overrides the tag (Google's <b style="font-weight:normal">). */
function formatOf(element, inherited) {
    const fmt = { ...inherited };
    switch (element.tagName) {
        case "B": case "STRONG": fmt.bold = true; break;
        case "I": case "EM": case "CITE": case "DFN": case "VAR": fmt.italic = true; break;
        case "S": case "STRIKE": case "DEL": fmt.strike = true; break;
        case "SUP": fmt.sup = true; break;
        case "SUB": fmt.sub = true; break;
        case "CODE": case "KBD": case "SAMP": case "TT": fmt.code = true; break;
        case "A": {
            const href = (element.getAttribute("href") ?? "").trim();
            if (/^(https?:\/\/|mailto:)\S/i.test(href)) fmt.href = href;
            break;
        }
    }
    const style = styleOf(element);
    const weight = style.get("font-weight");
    if (weight) fmt.bold = /^(bold|bolder|[6-9]00)$/.test(weight) ? true : /^(normal|lighter|[1-5]00)$/.test(weight) ? false : fmt.bold;
    const slant = style.get("font-style");
    if (slant) fmt.italic = slant === "italic" || slant === "oblique";
    if (/line-through/.test(style.get("text-decoration") ?? style.get("text-decoration-line") ?? "")) fmt.strike = true;
    const align = style.get("vertical-align");
    if (align === "super") fmt.sup = true;
    if (align === "sub") fmt.sub = true;
    return fmt;
}

/** The blocks (kind and Markdown) of an element's children: runs of inline content become paragraphs. */
function blocksOf(parent, ctx) {
    const blocks = [];
    let inline = [];
    let wordList = [];
    const flushInline = () => {
        blocks.push(...paragraphs(inline, ctx));
        inline = [];
    };
    const flushWordList = () => {
        if (wordList.length) blocks.push(...wordListBlocks(wordList, ctx));
        wordList = [];
    };
    for (const node of parent.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
            if (wordList.length && !node.data.trim()) continue;
            flushWordList();
            inline.push(node);
        } else if (node.nodeType === Node.ELEMENT_NODE && !isSkipped(node)) {
            if (!isBlock(node)) {
                flushWordList();
                inline.push(node);
                continue;
            }
            flushInline();
            const list = WORD_LIST.exec(node.getAttribute(STYLE_ATTRIBUTE) ?? "");
            if (list && node.tagName === "P" && !ctx.flat) {
                wordList.push({ id: list[1], level: Number(list[2]), marker: node.dataset.listMarker ?? "", element: node });
                continue;
            }
            flushWordList();
            blocks.push(...blockElement(node, ctx));
        }
    }
    flushInline();
    flushWordList();
    return blocks;
}

function blockElement(element, ctx) {
    const inner = { ...ctx, fmt: formatOf(element, ctx.fmt) };
    const tag = element.tagName;
    if (!BLOCK_TAGS.has(tag)) return blocksOf(element, inner);
    const level = headingLevel(element);
    if (level && !ctx.flat) return heading(element, level, inner);
    switch (tag) {
        case "UL": case "OL": return htmlList(element, inner);
        case "TABLE": return table(element, inner);
        case "PRE": return codeBlock(element, inner);
        case "HR":
            if (ctx.flat) return [];
            ctx.state.formatted = true;
            return [{ kind: "hr", md: "---" }];
        case "BLOCKQUOTE": return quote(blocksOf(element, inner), ctx);
        case "P":
            if (element.classList.contains("MsoQuote") || element.classList.contains("MsoIntenseQuote")) {
                return quote(paragraphs(element.childNodes, inner), ctx);
            }
            return paragraphs(element.childNodes, inner);
        default: return blocksOf(element, inner);
    }
}

function heading(element, level, ctx) {
    const number = element.dataset.listMarker ? escapeText(element.dataset.listMarker) + " " : "";
    const text = inlineMarkdown(runsOf(element.childNodes, ctx), { ...ctx, flat: true, noBold: true });
    if (!text) return [];
    ctx.state.formatted = true;
    const hashes = "#".repeat(Math.min(Math.max(level + ctx.state.headingShift, 2), 6));
    // A closing run of # would be read as the heading's optional closing sequence.
    return [{ kind: "heading", md: `${hashes} ${number}${text}`.replace(/(\s)(#+)$/, "$1\\$2") }];
}

/** Paragraphs of inline nodes: two line breaks in a row part paragraphs, as they part them on screen. */
function paragraphs(nodes, ctx) {
    const runs = runsOf(nodes, ctx);
    const parts = [[]];
    runs.forEach((run, i) => {
        if (run.br && runs[i + 1]?.br) parts.push([]);
        else parts.at(-1).push(run);
    });
    return parts
        .map((part) => escapeLineStarts(inlineMarkdown(part, ctx)))
        .filter((md) => md)
        .map((md) => ({ kind: "p", md }));
}

function runsOf(nodes, ctx) {
    const runs = [];
    for (const node of nodes) collectRuns(node, ctx.fmt, runs, ctx);
    return runs;
}

function collectRuns(node, fmt, runs, ctx) {
    if (node.nodeType === Node.TEXT_NODE) {
        runs.push({ text: node.data, fmt });
        return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE || isSkipped(node)) return;
    if (node.tagName === "BR") {
        runs.push({ br: true, fmt: {} });
        return;
    }
    if (node.tagName === "IMG") {
        const tiny = Number(node.getAttribute("width")) <= 2 && node.hasAttribute("width");
        if (!tiny && node.getAttribute("src")) ctx.state.images.push({ src: node.getAttribute("src"), alt: (node.getAttribute("alt") ?? "").trim() });
        return;
    }
    const inner = formatOf(node, fmt);
    // A block met inside running text (a paragraph in a table cell) still parts words.
    if (BLOCK_TAGS.has(node.tagName)) runs.push({ text: " ", fmt });
    for (const child of node.childNodes) collectRuns(child, inner, runs, ctx);
    if (BLOCK_TAGS.has(node.tagName)) runs.push({ text: " ", fmt });
}

/** Inline Markdown of runs: whitespace collapsed as a browser shows it, formats grouped so Word's split spans join. */
function inlineMarkdown(runs, ctx) {
    const tidy = [];
    let afterSpace = true;
    for (const run of runs) {
        if (run.br) {
            if (ctx.flat) {
                if (!afterSpace) tidy.push({ text: " ", fmt: {} });
                afterSpace = true;
                continue;
            }
            trimEnd(tidy);
            tidy.push(run);
            afterSpace = true;
            ctx.state.formatted = true;
            continue;
        }
        let text = run.text.replace(/[\u200b\ufeff\u00ad]/g, "").replace(/\s+/g, " ");
        if (afterSpace) text = text.replace(/^ /, "");
        if (!text) continue;
        tidy.push({ text, fmt: run.fmt });
        afterSpace = text.endsWith(" ");
    }
    trimEnd(tidy);
    while (tidy[0]?.br) tidy.shift();
    while (tidy.at(-1)?.br) tidy.pop();
    return serialize(tidy, 0, ctx);
}

function trimEnd(runs) {
    const last = runs.at(-1);
    if (last && !last.br) {
        last.text = last.text.replace(/ $/, "");
        if (!last.text) runs.pop();
    }
}

function serialize(runs, keyIndex, ctx) {
    if (keyIndex === INLINE_KEYS.length) return runs.map((run) => (run.br ? "\\\n" : escapeText(run.text))).join("");
    const key = INLINE_KEYS[keyIndex];
    const valueOf = (run) => (run.br || (key === "bold" && ctx.noBold) ? undefined : run.fmt[key] || undefined);
    const groups = [];
    for (const run of runs) {
        const value = valueOf(run);
        if (groups.length && groups.at(-1).value === value) groups.at(-1).runs.push(run);
        else groups.push({ value, runs: [run] });
    }
    const rendered = groups.map((group) => (group.value && key === "code"
        ? codeSpan(group.runs.map((run) => (run.br ? " " : run.text)).join(""))
        : serialize(group.runs, keyIndex + 1, ctx)));
    let out = "";
    groups.forEach((group, i) => {
        const text = rendered[i];
        if (!group.value || key === "code") out += text;
        else if (key === "href") out += link(text, group.value, ctx);
        else out += delimit(text, DELIMITERS[key], out.at(-1) ?? " ", rendered[i + 1]?.[0] ?? " ", ctx);
    });
    return out;
}

function link(text, href, ctx) {
    if (!text.trim()) return text;
    ctx.state.formatted = true;
    const url = href.replace(/[\s()<>|]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
    return `[${text.trim()}](${url})`;
}

// CommonMark opens and closes emphasis only beside the right characters: spaces go outside the delimiters, and
// punctuation at an edge goes outside when a letter stands on its other side ("**Điều 1.**Nội" would stay literal).
function delimit(text, delimiter, before, after, ctx) {
    const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
    let body = core;
    let outsideStart = "";
    let outsideEnd = "";
    if (WORD_CHARACTER.test(after) && !trail) {
        const punctuation = /(?:\\.|[\p{P}\p{S}])+$/u.exec(body);
        if (punctuation) {
            outsideEnd = punctuation[0];
            body = body.slice(0, -outsideEnd.length);
        }
    }
    if (WORD_CHARACTER.test(before) && !lead) {
        const punctuation = /^(?:\\.|[\p{P}\p{S}])+/u.exec(body);
        if (punctuation) {
            outsideStart = punctuation[0];
            body = body.slice(outsideStart.length);
        }
    }
    if (!body) return text;
    ctx.state.formatted = true;
    return `${lead}${outsideStart}${delimiter}${body}${delimiter}${outsideEnd}${trail}`;
}

function codeSpan(text) {
    const trimmed = text.replace(/\s+/g, " ").trim();
    if (!trimmed) return text;
    const longest = Math.max(0, ...(trimmed.match(/`+/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(longest + 1);
    const pad = trimmed.startsWith("`") || trimmed.endsWith("`") ? " " : "";
    return `${fence}${pad}${trimmed}${pad}${fence}`;
}

/** Characters that would otherwise be read as Markdown: emphasis, code, links, tables, autolinks, entities, extras. */
export function escapeText(text) {
    return text
        .replace(/[\\`*_[\]|~^]/g, "\\$&")
        .replace(/<(?=[A-Za-z/!?])/g, "\\<")
        .replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&")
        .replace(/([=+])(?=\1)/g, "\\$1");
}

/** What a line may not start with in a paragraph: headings, quotes, list markers, thematic breaks, setext underlines. */
function escapeLineStarts(markdown) {
    return markdown.split("\n").map((line) => line
        .replace(/^([#>])/, "\\$1")
        .replace(/^([-+])(?=\s|$)/, "\\$1")
        .replace(/^(\d{1,9})([.)])(?=\s|$)/, "$1\\$2")
        .replace(/^([-=])(?=[-=\s]*$)/, "\\$1")).join("\n");
}

function htmlList(element, ctx) {
    const items = [];
    const itemCtx = { ...ctx };
    for (const child of element.children) {
        if (isSkipped(child)) continue;
        // Google Docs nests a sub-list beside the items rather than inside one.
        const blocks = child.tagName === "LI" ? blocksOf(child, { ...itemCtx, fmt: formatOf(child, ctx.fmt) }) : blockElement(child, itemCtx);
        if (child.tagName === "LI" || !items.length) items.push({ blocks });
        else items.at(-1).blocks.push(...blocks);
    }
    const start = Number.parseInt(element.getAttribute("start") ?? "1", 10);
    return listBlocks(element.tagName === "OL", Number.isNaN(start) ? 1 : start, items, ctx);
}

// Word's list paragraphs carry their list and level in mso-list and their number as text: they are nested here.
function wordListBlocks(paragraphsOfList, ctx) {
    const newList = (item) => ({
        id: item.id, level: item.level, ordered: ORDERED_MARKER.test(item.marker),
        start: Number.parseInt(item.marker.replace(/^\(/, ""), 10) || 1, items: [],
    });
    const roots = [];
    let stack = [];
    for (const item of paragraphsOfList) {
        const list = newList(item);
        const root = stack[0]?.list;
        if (!root || item.level < root.level || (item.level === root.level && (item.id !== root.id || list.ordered !== root.ordered))) {
            roots.push(list);
            stack = [{ list }];
        }
        while (stack.length > 1 && stack.at(-1).list.level > item.level) stack.pop();
        let top = stack.at(-1).list;
        if (item.level > top.level) {
            if (!top.items.length) top.items.push({ blocks: [], lists: [] });
            top.items.at(-1).lists.push(list);
            stack.push({ list });
            top = list;
        }
        top.items.push({ blocks: paragraphs(item.element.childNodes, { ...ctx, fmt: formatOf(item.element, ctx.fmt) }), lists: [] });
    }
    const render = (list) => listBlocks(list.ordered, list.start,
        list.items.map((item) => ({ blocks: [...item.blocks, ...item.lists.flatMap(render)] })), ctx);
    return roots.flatMap(render);
}

function listBlocks(ordered, start, items, ctx) {
    const filled = items.filter((item) => item.blocks.length);
    if (!filled.length) return [];
    if (ctx.flat) return [{ kind: "p", md: filled.map((item) => item.blocks.map((block) => block.md).join(" ")).join("; ") }];
    ctx.state.formatted = true;
    const md = filled.map((item, i) => {
        const marker = ordered ? `${start + i}. ` : "- ";
        const body = item.blocks.map((block, j) => (j === 0 ? "" : block.kind === "list" && item.blocks[j - 1].kind === "p" ? "\n" : "\n\n") + block.md).join("");
        return marker + indent(body, " ".repeat(marker.length));
    }).join("\n");
    return [{ kind: "list", md }];
}

const indent = (text, prefix) => text.split("\n").map((line, i) => (i === 0 || !line ? line : prefix + line)).join("\n");

function quote(blocks, ctx) {
    if (!blocks.length) return [];
    if (ctx.flat) return blocks;
    ctx.state.formatted = true;
    const md = blocks.map((block) => block.md).join("\n\n").split("\n").map((line) => (line ? `> ${line}` : ">")).join("\n");
    return [{ kind: "quote", md }];
}

function codeBlock(element, ctx) {
    const text = element.textContent.replace(/\r\n?/g, "\n").replace(/\n+$/, "");
    if (!text.trim()) return [];
    if (ctx.flat) return [{ kind: "p", md: codeSpan(text) }];
    ctx.state.formatted = true;
    const longest = Math.max(2, ...(text.match(/^`+/gm) ?? []).map((run) => run.length));
    const fence = "`".repeat(longest + 1);
    return [{ kind: "code", md: `${fence}\n${text}\n${fence}` }];
}

// A pipe table has no merged cells: a merged cell's text stands in its first place and the rest stay empty. The
// first row is the header, whether the source marked it with <th> or not; wholly empty rows and columns go.
function table(element, ctx) {
    if (ctx.flat) return paragraphs([element], ctx);
    const cellCtx = { ...ctx, flat: true };
    const grid = [];
    Array.from(element.rows).forEach((row, r) => {
        grid[r] ??= [];
        let c = 0;
        for (const cell of row.cells) {
            if (isSkipped(cell)) continue;
            while (grid[r][c] !== undefined) c++;
            const text = blocksOf(cell, { ...cellCtx, fmt: formatOf(cell, ctx.fmt), noBold: r === 0 })
                .map((block) => block.md.replace(/\n/g, " ")).join(" ").trim();
            const colSpan = Math.min(Math.max(cell.colSpan, 1), 50);
            const rowSpan = Math.min(Math.max(cell.rowSpan, 1), 100);
            for (let dr = 0; dr < rowSpan; dr++) {
                for (let dc = 0; dc < colSpan; dc++) (grid[r + dr] ??= [])[c + dc] = dr === 0 && dc === 0 ? { text, cell } : { text: "" };
            }
            c += colSpan;
        }
    });
    const rows = grid.filter((row) => row.some((place) => place?.text));
    const width = Math.max(0, ...rows.map((row) => row.length));
    const columns = Array.from({ length: width }, (_, c) => c).filter((c) => rows.some((row) => row[c]?.text));
    if (!rows.length) return [];
    // Word draws a framed paragraph as a table of one cell: it is text, not a table.
    if (rows.length === 1 && columns.length === 1) {
        const { cell } = rows[0][columns[0]];
        return blocksOf(cell, { ...ctx, fmt: formatOf(cell, ctx.fmt) });
    }
    ctx.state.formatted = true;
    const line = (row) => `| ${columns.map((c) => row[c]?.text || " ").join(" | ")} |`;
    const md = [line(rows[0]), `| ${columns.map(() => "---").join(" | ")} |`, ...rows.slice(1).map(line)].join("\n");
    return [{ kind: "table", md }];
}
