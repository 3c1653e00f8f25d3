// Progressive enhancement only: without this file a conditional question is shown with a hint saying
// when to answer it, and the server ignores its answer when the condition does not hold.
const boxes = [...document.querySelectorAll('[data-show-when]')];
const form = boxes[0]?.closest('form');

function chosen(name) {
  return [...form.elements]
    .filter((el) => el.name === name && ((el.type !== 'radio' && el.type !== 'checkbox') || el.checked))
    .map((el) => el.value);
}

function update() {
  for (const box of boxes) {
    const name = box.getAttribute('data-show-when');
    // The question it depends on is on an earlier page: the server already decided.
    if (![...form.elements].some((el) => el.name === name)) continue;
    const wanted = (box.getAttribute('data-show-when-values') ?? '').split(' ');
    box.hidden = !chosen(name).some((v) => wanted.includes(v));
  }
}

if (form) {
  form.addEventListener('change', update);
  update();
}
