// Draws a workflow's Mermaid text into its element; called again with new text when counts change.
let ready;
let next = 0;

function mermaidLoaded(src) {
    ready ??= new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = src;
        script.onload = () => {
            window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "base", themeVariables: { edgeLabelBackground: "#ffffff", fontFamily: "inherit" } });
            resolve(window.mermaid);
        };
        script.onerror = reject;
        document.head.appendChild(script);
    });
    return ready;
}

export async function draw(element, text, src) {
    const mermaid = await mermaidLoaded(src);
    const { svg } = await mermaid.render(`workflow-diagram-${next++}`, text);
    element.innerHTML = svg;
    element.dataset.drawn = "true";
}
