// Måltal's embed listener for the host page (protocol maltal:hoejde, version 1; see README,
// "Indlejring"). The same code as the README's inline snippet, as a file for host pages whose
// Content Security Policy forbids inline script: <script src="https://MÅLTALS-ADRESSE/embed.js"></script>
// Every iframe of Måltal on the page follows its content's height, up and down. A message counts
// only when it comes from that iframe's window and from the origin of the iframe's own src.
window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'maltal:hoejde' || !Number.isFinite(data.hoejde) || data.hoejde <= 0) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow !== event.source) continue;
    if (new URL(frame.src, document.baseURI).origin !== event.origin) return;
    frame.style.height = Math.ceil(data.hoejde) + 'px';
    return;
  }
});
