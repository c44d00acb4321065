// Send the CSRF token with every htmx request, as Spring Security expects for anything but GET.
document.addEventListener("htmx:configRequest", (event) => {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  if (header && token && token.content) {
    event.detail.headers[header.content] = token.content;
  }
});

// Forms marked data-autosubmit apply a choice as soon as it is made; the submit button stays for
// keyboard users and for browsers without JavaScript.
// A radio button moved by an arrow key is only being passed over: applying it would reload the
// page and lose the reader's place, so keyboard users apply their choice with the button.
let choosingByKey = false;
document.addEventListener("keydown", (event) => {
  choosingByKey = event.key.startsWith("Arrow") || event.key === " ";
});
document.addEventListener("pointerdown", () => {
  choosingByKey = false;
});
document.addEventListener("change", (event) => {
  const form = event.target.closest("form[data-autosubmit]");
  if (form && !(choosingByKey && event.target.type === "radio")) {
    form.requestSubmit();
  }
});

// Forms marked data-confirm ask before doing something that cannot simply be undone.
document.addEventListener("submit", (event) => {
  const form = event.target.closest("form[data-confirm]");
  if (form && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});

// On phones the sections fold behind a Menu button; without the script they simply stay open.
document.documentElement.classList.add("js");
document.addEventListener("click", (event) => {
  const toggle = event.target.closest(".menu-toggle");
  if (toggle) {
    const menu = document.getElementById(toggle.getAttribute("aria-controls"));
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    menu.classList.toggle("open", open);
  }
});

// A hex map is one Tab stop: arrow keys move to the nearest seat in that direction, and the
// focused seat's outline is redrawn on top so its neighbours do not paint over it.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("svg[data-hexmap]").forEach((map) => {
    const links = [...map.querySelectorAll("a[data-code]")];
    if (links.length === 0) {
      return;
    }
    const centre = (link) => {
      const box = link.querySelector("polygon").getBBox();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    const centres = new Map(links.map((link) => [link, centre(link)]));
    const ring = map.querySelector(".hex-focus");
    let current = links[0];
    const settle = (link) => {
      links.forEach((l) => l.setAttribute("tabindex", l === link ? "0" : "-1"));
      current = link;
    };
    settle(current);
    map.addEventListener("focusin", (event) => {
      const link = event.target.closest("a[data-code]");
      if (link) {
        settle(link);
        ring.setAttribute("points", link.querySelector("polygon").getAttribute("points"));
        ring.classList.add("shown");
      }
    });
    map.addEventListener("focusout", () => ring.classList.remove("shown"));
    const directions = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };
    map.addEventListener("keydown", (event) => {
      const direction = directions[event.key];
      if (!direction) {
        return;
      }
      event.preventDefault();
      const from = centres.get(current);
      let best = null;
      let bestScore = Infinity;
      for (const [link, at] of centres) {
        const dx = at.x - from.x;
        const dy = at.y - from.y;
        const along = dx * direction[0] + dy * direction[1];
        const across = Math.abs(dx * direction[1] - dy * direction[0]);
        if (along <= 0.01 || across > along * 1.8) {
          continue;
        }
        const score = along + across * 2;
        if (score < bestScore) {
          bestScore = score;
          best = link;
        }
      }
      if (best) {
        best.focus();
      }
    });
  });
});

// A long list of tick boxes narrows to the names typed into its search box; ticked ones stay in view.
document.addEventListener("input", (event) => {
  const box = event.target.closest("input[data-filters]");
  if (!box) {
    return;
  }
  const words = box.value.trim().toLowerCase();
  document.getElementById(box.dataset.filters).querySelectorAll("label").forEach((label) => {
    const ticked = label.querySelector("input:checked");
    label.hidden = !ticked && words !== "" && !label.textContent.toLowerCase().includes(words);
  });
});
