// Live updates (server-sent events) and deadline countdowns. No framework: the server renders
// the HTML; this swaps in fresh fragments and keeps keyboard focus where it was.
(() => {
  "use strict";

  const pad = (n) => String(n).padStart(2, "0");

  // Same wording as presenter.time_left on the server.
  function timeLeft(seconds) {
    const span = Math.abs(seconds);
    const hours = Math.floor(span / 3600);
    const minutes = Math.floor((span % 3600) / 60);
    const secs = span % 60;
    const text = hours ? `${hours}h ${pad(minutes)}m` : `${minutes}m ${pad(secs)}s`;
    return seconds >= 0 ? `${text} left` : `Overdue by ${text}`;
  }

  function tick() {
    const now = Date.now();
    for (const el of document.querySelectorAll("time[data-deadline]")) {
      const seconds = Math.trunc((Date.parse(el.dataset.deadline) - now) / 1000);
      el.textContent = timeLeft(seconds);
      el.classList.toggle("overdue", seconds < 0);
    }
  }

  // After a swap, focus the same control again, or another control of the same alert.
  function restoreFocus(id) {
    if (!id) return;
    const suffix = id.replace(/^[a-z]+-/, "");
    for (const candidate of [id, `act-${suffix}`, `open-${suffix}`]) {
      const el = document.getElementById(candidate);
      if (el) { el.focus(); return; }
    }
  }

  function connect() {
    const status = document.getElementById("live-status");
    const region = document.querySelector("[data-live-region]");
    if (!status || !region || !window.EventSource) return;
    const source = new EventSource(status.dataset.liveUrl);
    source.addEventListener("update", (event) => {
      const active = document.activeElement;
      const focused = active && region.contains(active) ? active.id : null;
      region.innerHTML = event.data;
      restoreFocus(focused);
      tick();
      const count = region.querySelector("[data-open-count]");
      const open = count ? `${count.dataset.openCount} open · ` : "";
      status.textContent = `Live · ${open}updated ${new Date().toLocaleTimeString()}`;
      document.body.dataset.live = "on";
    });
    source.addEventListener("signed-out", () => {
      source.close();
      window.location.assign("/signin");
    });
    source.addEventListener("error", () => {
      document.body.dataset.live = "off";
      if (source.readyState === EventSource.CLOSED) {
        status.textContent = "Live updates stopped; reloading the page…";
        window.setTimeout(() => window.location.reload(), 5000);
      } else {
        status.textContent = "Connection lost; reconnecting…";
      }
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    tick();
    window.setInterval(tick, 1000);
    connect();
  });
})();
