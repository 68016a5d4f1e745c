// The demo site's own script (a site's usual language switch and form handling),
// not part of relief-widgets: the widgets follow <html lang> by themselves.
// The languages come from the widgets themselves, each named in its own language.
const language = document.getElementById('language');
customElements.whenDefined('relief-guide').then(() => {
  language.replaceChildren(
    ...window.ReliefWidgets.supportedLocales.map((locale) => {
      const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
      return new Option(`${name} (${locale})`, locale);
    }),
  );
  language.value = document.documentElement.lang;
});
const rightToLeft = ['ar', 'fa', 'he'];
language.addEventListener('change', () => {
  document.documentElement.lang = language.value;
  document.documentElement.dir = rightToLeft.includes(language.value) ? 'rtl' : 'ltr';
});

// The demo shows what the form would send instead of sending it anywhere.
const form = document.getElementById('intake');
const result = document.getElementById('intake-result');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const entries = [...new FormData(form)].map(([name, value]) => `${name}=${value}`);
  result.textContent = `This demo sends nothing. The form would submit: ${entries.join(', ')}`;
});
form.addEventListener('reset', () => {
  result.textContent = '';
});
