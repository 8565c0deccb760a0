// Drives the reconnect dialog that the current layout rendered. Blazor's script announces each
// change of the connection with an event on that dialog; it does not bubble, so it is heard while
// it travels down from the document, and the handler works for whichever layout is on screen.

const kioskRetryMs = 5000;
let kioskLoop = null;

document.addEventListener('components-reconnect-state-changed', onStateChanged, true);
document.addEventListener('click', onClick);

function onStateChanged(event) {
    const dialog = event.target;
    const kiosk = dialog.hasAttribute('data-kiosk');
    switch (event.detail.state) {
        case 'show':
        case 'retrying':
        case 'paused':
            open(dialog, kiosk);
            if (kiosk && event.detail.state === 'paused') {
                keepTrying();
            }
            break;
        case 'hide':
            stopTrying();
            close(dialog);
            break;
        case 'failed':
        case 'resume-failed':
            open(dialog, kiosk);
            if (kiosk) {
                keepTrying();
            }
            break;
        case 'rejected':
            // The server is back but no longer knows this circuit: a fresh page is the way back.
            location.reload();
            break;
    }
}

function onClick(event) {
    const button = event.target.closest('#components-reconnect-modal [data-reconnect]');
    if (!button || button.dataset.reconnect === 'reload') {
        return;
    }
    tryOnce();
}

// The desk's dialog blocks the page, so nobody edits a form that cannot be saved; the kiosk's is a
// banner over a board that keeps showing its last numbers and their age.
function open(dialog, kiosk) {
    if (dialog.open) {
        return;
    }
    if (kiosk) {
        dialog.show();
    } else {
        dialog.showModal();
    }
}

function close(dialog) {
    if (dialog.open) {
        dialog.close();
    }
}

// True when the page is live again (or is being reloaded); false while the server cannot be reached.
async function tryOnce() {
    try {
        if (await Blazor.reconnect() || await Blazor.resumeCircuit()) {
            stopTrying();
            close(document.getElementById('components-reconnect-modal'));
        } else {
            location.reload();
        }
        return true;
    } catch {
        return false;
    }
}

// A kiosk never gives up: it tries again every few seconds for as long as the outage lasts. The
// next try is planned only once the last one has answered, so slow answers never pile up.
function keepTrying() {
    if (kioskLoop) {
        return;
    }
    const attempt = async () => {
        if (!await tryOnce()) {
            kioskLoop = setTimeout(attempt, kioskRetryMs);
        }
    };
    kioskLoop = setTimeout(attempt, kioskRetryMs);
}

function stopTrying() {
    clearTimeout(kioskLoop);
    kioskLoop = null;
}
