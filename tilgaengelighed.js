// The accessibility statement (tilgaengelighed.html, in English accessibility.html) names the responsible authority and its feedback route from the
// data file's meta.authority (docs/data-format.md), so a region that replaces the data file
// replaces the contact too. Only addresses on this site are read (?data= may name another file
// here); the text is written with textContent and the link only as https://, http://, mailto: or
// tel:, so nothing in a file can run as script. Without a usable authority the generic text stays.
(function () {
  const route = document.getElementById('feedback-route');
  if (!route || !window.fetch) return;
  const given = new URLSearchParams(location.search).get('data');
  let address = new URL('data/baseline.json', location.href);
  if (given) {
    const asked = new URL(given, location.href);
    if (asked.origin === location.origin) address = asked;
  }
  const WEB = /^https?:\/\/[^\s"'<>`\\]+$/;
  const EMAIL = /^[^@\s"'<>`\\?&/:,;]+@[^@\s"'<>`\\?&/:,;]+\.[^@\s"'<>`\\?&/:,;]+$/;
  const PHONE = /^[0-9 +().-]{4,40}$/;

  // The link the statement offers: the feedback route the file gives, else the e-mail address,
  // else the website, else the telephone (the same rules and order as the app's
  // data::convert::authority, which refuses the whole file when one address is wrong).
  function feedbackLink(a) {
    // A file with any address that is not what its field says is not used at all (as in the app).
    const bad = (field, re) => a[field] !== undefined && !(typeof a[field] === 'string' && re.test(a[field].trim()));
    if (bad('url', WEB) || bad('email', EMAIL) || bad('phone', PHONE)) return null;
    const f = typeof a.accessibility_feedback === 'string' ? a.accessibility_feedback.trim() : '';
    if (f.startsWith('mailto:')) return EMAIL.test(f.slice(7)) ? { href: f, text: f.slice(7) } : null;
    if (f) return WEB.test(f) ? { href: f, text: f } : null;
    if (typeof a.email === 'string' && EMAIL.test(a.email.trim())) return { href: `mailto:${a.email.trim()}`, text: a.email.trim() };
    if (typeof a.url === 'string' && WEB.test(a.url.trim())) return { href: a.url.trim(), text: a.url.trim() };
    if (typeof a.phone === 'string' && PHONE.test(a.phone.trim())) {
      return { href: `tel:${a.phone.replace(/[^0-9+]/g, '')}`, text: a.phone.trim() };
    }
    return null;
  }

  fetch(address, { credentials: 'same-origin' })
    .then((r) => (r.ok ? r.json() : null))
    .then((file) => {
      const a = file && file.meta && file.meta.authority;
      const english = document.documentElement.lang === 'en';
      const pick = (t) => (t && typeof t === 'object' ? (english && typeof t.en === 'string' && t.en.trim() ? t.en : t.da) : '');
      const name = a && a.name && typeof a.name.da === 'string' && a.name.da.trim() ? String(pick(a.name)).trim() : '';
      const link = a && name ? feedbackLink(a) : null;
      if (!link) return;
      const anchor = document.createElement('a');
      anchor.href = link.href;
      anchor.textContent = link.text;
      route.textContent = english
        ? `If you meet an accessibility problem, or miss something, contact ${name}, which is responsible for this website: `
        : `Oplever du problemer med tilgængeligheden, eller mangler du noget, så kontakt ${name}, som er ansvarlig for dette websted: `;
      route.append(anchor, '.');
      const header = document.getElementById('authority-header');
      if (header) {
        header.querySelector('[data-authority-name]').textContent = name;
        header.hidden = false;
      }
    })
    .catch(() => {});
}());
