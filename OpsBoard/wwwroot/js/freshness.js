// Shows how old the wallboard's data is, counted in the browser so that a dropped
// connection shows up as a growing age instead of a screen that looks live but is not.
(function () {
    function tick() {
        document.querySelectorAll('[data-updated]').forEach(function (el) {
            var updated = Number(el.getAttribute('data-updated'));
            if (!updated) return;
            var seconds = Math.max(0, Math.round((Date.now() - updated) / 1000));
            var text = seconds < 60 ? seconds + 's' : Math.floor(seconds / 60) + 'm';
            var age = el.querySelector('.freshness-age');
            if (age) age.textContent = text;
            el.classList.toggle('stale', seconds > 15);
        });
    }
    setInterval(tick, 1000);
})();
