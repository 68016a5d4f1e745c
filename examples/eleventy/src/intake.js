// The page's own script: what it sees of the visitor's choices, and what the form would submit.
const form = document.querySelector('#intake');
const state = { pain: '', checks: [] };
const show = () => (form.querySelector('[data-state]').textContent = `pain=${state.pain} checks=${state.checks.join(' ')}`);
form.addEventListener('relief-change', (event) => {
  if (event.target.localName === 'relief-pain-selector') state.pain = event.detail.value;
  else state.checks = event.detail.value;
  show();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  form.querySelector('[data-submitted]').textContent = [...new FormData(form)].map(([name, value]) => `${name}=${value}`).join('&');
});
