/** What the form submits, as `name=value&…` (the app would send it to the clinic). */
export const formDataText = (form: HTMLFormElement) =>
  [...new FormData(form)].map(([name, value]) => `${name}=${String(value)}`).join('&');
