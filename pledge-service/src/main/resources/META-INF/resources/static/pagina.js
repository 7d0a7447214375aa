// Progressive enhancement only: the pages work without this. Shows a municipality's numbers beside the map when it
// gets the focus (Tab) or the mouse; the same text is the link's accessible name and in the table below the map.
document.addEventListener('DOMContentLoaded', function () {
  var info = document.getElementById('kaart-info');
  var kaart = document.getElementById('kaart');
  if (!info || !kaart) { return; }
  function toon(e) {
    var a = e.target.closest ? e.target.closest('a[data-code]') : null;
    if (a) { info.textContent = a.getAttribute('aria-label'); }
  }
  kaart.addEventListener('focusin', toon);
  kaart.addEventListener('mouseover', toon);
});
