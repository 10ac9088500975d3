/*
 * Industrial indicators dashboard: host-page helper for embedded charts.
 *   <iframe data-indicator-embed src="https://intranet.example/apps/industry/#/embed/<id>" title="…"></iframe>
 *   <script src="https://intranet.example/apps/industry/embed.js" defer></script>
 * Each marked iframe takes the height its chart reports. A message is believed only when it
 * comes from that very iframe's window and from the origin of the iframe's own address, which
 * must be an http(s) address. An opaque origin ("null": a data: or sandboxed frame) is never
 * believed, since every opaque origin is written the same.
 */
(function () {
  'use strict';
  var RESIZE = 'indicator-dashboard:resize';

  function frameFor(source) {
    var frames = document.querySelectorAll('iframe[data-indicator-embed]');
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== RESIZE) return;
    var frame = frameFor(event.source);
    if (!frame) return;
    var address;
    try {
      address = new URL(frame.getAttribute('src') || '', document.baseURI);
    } catch {
      return;
    }
    if (address.protocol !== 'https:' && address.protocol !== 'http:') return;
    if (event.origin === 'null' || address.origin === 'null' || event.origin !== address.origin) return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 0 || height > 100000) return;
    frame.style.height = Math.ceil(height) + 'px';
  });

  function prepare(frame) {
    frame.style.width = frame.style.width || '100%';
    frame.style.border = frame.style.border || '0';
    if (!frame.hasAttribute('loading')) frame.setAttribute('loading', 'lazy');
  }
  document.querySelectorAll('iframe[data-indicator-embed]').forEach(prepare);
})();
