// A button inside a row drawn as markup names its action and its row (data-action, data-row). A list listens once,
// on its body, rather than keeping a handler per row in every open page's circuit.
Blazor.registerCustomEventType('rowaction', {
    browserEventName: 'click',
    createEventArgs: event => {
        const button = event.target.closest('button[data-action]');
        return { action: button?.dataset.action ?? '', key: button?.dataset.row ?? '' };
    }
});
