// Progressive enhancement only: without this file the question editor shows the limits of every type of
// answer under a heading per type, and the server keeps only those of the type chosen.
const type = document.getElementById('type');
const section = document.querySelector('[data-limits]');
const groups = [...document.querySelectorAll('[data-limits-for]')];

function update() {
  let shown = 0;
  for (const group of groups) {
    group.hidden = !group.getAttribute('data-limits-for').split(' ').includes(type.value);
    if (!group.hidden) shown++;
  }
  // A type without limits (yes/no, a choice, a personal code) has no section at all.
  section.hidden = shown === 0;
  section.querySelector('[data-limits-hint]').hidden = true;
}

if (type && section) {
  type.addEventListener('change', update);
  update();
}
