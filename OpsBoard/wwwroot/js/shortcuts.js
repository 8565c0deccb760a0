// Single keys for the desk. Pages only mark their elements with data-shortcut="..."; this module finds
// them and clicks or focuses them, so every key does exactly what a click or a Tab and Enter would do.
let helper = null;
let listening = false;

const typing = (el) => !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
const dialogOpen = () => !!document.querySelector('.mud-dialog-container, [role="dialog"][aria-modal="true"]');
const enabled = (el) => !el.disabled && el.getAttribute('aria-disabled') !== 'true' && el.offsetParent !== null;
const marked = (name) => [...document.querySelectorAll(`[data-shortcut="${name}"]`)].filter(enabled);

function click(name) {
    const target = marked(name)[0];
    if (!target) return false;
    target.click();
    return true;
}

function focusSearch() {
    const target = marked('search')[0];
    if (!target) return false;
    const input = typing(target) ? target : target.querySelector('input, textarea');
    (input || target).focus();
    return true;
}

function fire(n) {
    const target = marked('trigger')[n - 1];
    if (!target) return false;
    target.click();
    return true;
}

// j and k move a highlight over the list's rows; the highlighted row's link holds the focus, so Enter opens it.
function move(step) {
    const rows = marked('row');
    if (rows.length === 0) return false;
    const at = rows.findIndex((r) => r.classList.contains('shortcut-current'));
    const next = at < 0 ? (step > 0 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, at + step));
    rows.forEach((r) => {
        r.classList.remove('shortcut-current');
        r.closest('tr')?.classList.remove('shortcut-row');
    });
    const row = rows[next];
    row.classList.add('shortcut-current');
    row.closest('tr')?.classList.add('shortcut-row');
    row.focus();
    row.scrollIntoView({ block: 'nearest' });
    return true;
}

// Up and down walk the items of an open list-tools menu (Components/Kit/LightMenu), round from the last to the first.
function walkMenu(key) {
    const menu = document.activeElement?.closest('.light-menu [role="menu"]');
    if (!menu || (key !== 'ArrowDown' && key !== 'ArrowUp')) return false;
    const items = [...menu.querySelectorAll('[role="menuitem"]:not(:disabled)')];
    if (items.length === 0) return false;
    const at = items.indexOf(document.activeElement);
    const next = key === 'ArrowDown' ? (at + 1) % items.length : (at <= 0 ? items.length : at) - 1;
    items[next].focus();
    return true;
}

function onKey(e) {
    if (e.ctrlKey || e.altKey || e.metaKey || e.defaultPrevented || e.isComposing) return;
    if (walkMenu(e.key)) {
        e.preventDefault();
        return;
    }
    if (typing(document.activeElement) || dialogOpen()) return;
    let done = false;
    if (e.key >= '1' && e.key <= '9') done = fire(Number(e.key));
    else switch (e.key) {
        case 'n': done = click('take-next'); break;
        case 'c': done = click('contact'); break;
        case '/': done = focusSearch(); break;
        // On a list they walk its rows; on an item, where there are none, they open the next or previous item of its list.
        case 'j': done = move(1) || click('next-item'); break;
        case 'k': done = move(-1) || click('previous-item'); break;
        case '?':
            if (helper) { helper.invokeMethodAsync('ShowKeys'); done = true; }
            break;
    }
    if (done) e.preventDefault();
}

export function start(dotnet) {
    helper = dotnet;
    if (!listening) {
        document.addEventListener('keydown', onKey);
        listening = true;
    }
    // Says the keys are live, for whoever waits on them (a test pressing keys as soon as the page is up).
    document.documentElement.dataset.shortcuts = 'ready';
}

export function stop() {
    helper = null;
    document.removeEventListener('keydown', onKey);
    listening = false;
    delete document.documentElement.dataset.shortcuts;
}
