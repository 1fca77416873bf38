// The search box's suggestions as the reader types: a WAI-ARIA 1.2 combobox with a listbox (arrow keys move, Enter
// opens the suggestion chosen, Escape closes). Without script the box is a plain form that searches.
(() => {
    const delay = 150;
    const minLength = 2;
    let instances = 0;

    document.querySelectorAll("input[data-search-complete]").forEach((input) => {
        const form = input.form;
        // The address comes from the page (the route's own), never written here.
        const endpoint = input.dataset.searchComplete;
        if (!form || !endpoint) return;
        const id = `goi-y-${++instances}`;
        const list = document.createElement("ul");
        list.id = id;
        list.className = "complete-list";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", "Gợi ý");
        list.hidden = true;
        // Said once the list changes, so that a screen reader knows there is something to arrow down to.
        const status = document.createElement("p");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        form.classList.add("search-complete");
        form.append(list, status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", id);
        input.setAttribute("autocomplete", "off");

        let suggestions = [];
        let active = -1;
        let timer = 0;
        let pending = null;

        const options = () => list.querySelectorAll("[role=option]");

        const setActive = (index) => {
            active = index;
            options().forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
            if (index >= 0) {
                const option = options()[index];
                input.setAttribute("aria-activedescendant", option.id);
                option.scrollIntoView({ block: "nearest" });
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        };

        const close = () => {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            setActive(-1);
        };

        const open = () => {
            if (suggestions.length === 0) return;
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
        };

        const render = () => {
            list.replaceChildren(...suggestions.map((suggestion, i) => {
                const option = document.createElement("li");
                option.id = `${id}-${i}`;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.className = `complete-option complete-${suggestion.kind}`;
                const text = document.createElement("span");
                text.className = "complete-text";
                text.textContent = suggestion.text;
                const meta = document.createElement("span");
                meta.className = "complete-meta";
                meta.textContent = suggestion.detail ? `${suggestion.kindLabel} · ${suggestion.detail}` : suggestion.kindLabel;
                option.append(text, meta);
                return option;
            }));
            active = -1;
            input.removeAttribute("aria-activedescendant");
            status.textContent = suggestions.length > 0 ? `${suggestions.length} gợi ý, dùng phím mũi tên để chọn` : "";
            if (suggestions.length > 0 && document.activeElement === input) open(); else close();
        };

        const go = (index) => {
            const suggestion = suggestions[index];
            if (suggestion) window.location.assign(suggestion.url);
        };

        const fetchSuggestions = async () => {
            const text = input.value;
            if (text.trim().length < minLength) {
                suggestions = [];
                render();
                return;
            }
            pending?.abort();
            const request = new AbortController();
            pending = request;
            try {
                const response = await fetch(`${endpoint}?q=${encodeURIComponent(text)}`, {
                    headers: { Accept: "application/json" },
                    signal: request.signal,
                });
                if (!response.ok || input.value !== text) return;
                suggestions = (await response.json()).suggestions ?? [];
                render();
            } catch (error) {
                // A request overtaken by the next keystroke, or a network that failed: the form still searches.
                if (error.name !== "AbortError") close();
            }
        };

        input.addEventListener("input", () => {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, delay);
        });

        input.addEventListener("keydown", (event) => {
            const count = suggestions.length;
            switch (event.key) {
                case "ArrowDown":
                    if (count === 0) return;
                    event.preventDefault();
                    open();
                    setActive((active + 1) % count);
                    break;
                case "ArrowUp":
                    if (count === 0) return;
                    event.preventDefault();
                    open();
                    setActive(active <= 0 ? count - 1 : active - 1);
                    break;
                case "Enter":
                    if (!list.hidden && active >= 0) {
                        event.preventDefault();
                        go(active);
                    }
                    break;
                case "Escape":
                    if (!list.hidden) {
                        event.preventDefault();
                        close();
                    } else if (input.value !== "") {
                        event.preventDefault();
                        input.value = "";
                        suggestions = [];
                        render();
                    }
                    break;
            }
        });

        // Pressing on a suggestion must not take the focus from the box before the click lands.
        list.addEventListener("pointerdown", (event) => event.preventDefault());
        list.addEventListener("click", (event) => {
            const option = event.target.closest("[role=option]");
            if (option) go([...options()].indexOf(option));
        });
        input.addEventListener("focus", open);
        input.addEventListener("blur", close);
    });
})();
