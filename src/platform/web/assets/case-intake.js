// Progressive enhancement of the desk's intake form: a chosen document is uploaded at once and listed as
// received, so adding documents needs no page reload. Without this script the form posts the files itself.
const form = document.querySelector('form[data-intake-form]');
const input = form?.querySelector('input[type="file"]#documents');
const group = input?.closest('[data-upload-url]');
const list = group?.querySelector('[data-staged-list]');

if (form && input && group && list) {
  const url = group.getAttribute('data-upload-url');
  const csrf = form.querySelector('input[name="_csrf"]')?.value ?? '';
  const lv = document.documentElement.lang === 'lv';
  const status = document.createElement('p');
  status.className = 'govuk-body';
  status.setAttribute('role', 'status');
  group.insertBefore(status, input);

  const addItem = (file) => {
    const li = document.createElement('li');
    const hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = 'staged';
    hidden.value = file.id;
    li.append(
      hidden,
      `${lv ? 'Saņemts' : 'Received'}: ${file.filename} (${Math.ceil(file.size / 1024)} KB) `,
    );
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'govuk-button govuk-button--secondary govuk-!-margin-bottom-0';
    remove.textContent = lv ? `Noņemt ${file.filename}` : `Remove ${file.filename}`;
    remove.addEventListener('click', () => {
      li.remove();
      status.textContent = lv ? `Noņemts: ${file.filename}` : `Removed: ${file.filename}`;
    });
    li.append(remove);
    list.append(li);
  };

  input.addEventListener('change', async () => {
    const files = [...input.files];
    input.disabled = true;
    for (const file of files) {
      status.textContent = lv ? `Augšupielādē: ${file.name}…` : `Uploading ${file.name}…`;
      const body = new FormData();
      body.append('_csrf', csrf);
      body.append('file', file);
      try {
        const response = await fetch(url, { method: 'POST', body, headers: { 'x-csrf-token': csrf } });
        const answer = await response.json();
        if (response.ok) {
          addItem(answer);
          status.textContent = lv ? `Saņemts: ${answer.filename}` : `Received: ${answer.filename}`;
        } else {
          status.textContent = answer.message;
        }
      } catch {
        status.textContent = lv
          ? 'Augšupielāde neizdevās; mēģiniet vēlreiz.'
          : 'The upload failed; try again.';
      }
    }
    input.value = '';
    input.disabled = false;
    input.focus();
  });
}
