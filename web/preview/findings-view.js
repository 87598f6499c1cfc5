// Draws the loaded files and their findings, grouped per file. Everything
// from content goes in with textContent: a file name or a message is never
// markup.
import { KIND_LABELS } from './content-files.js';

function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text != null) el.textContent = text;
  return el;
}

function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function countLabel(findings) {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const parts = [];
  if (errors) parts.push(plural(errors, 'error'));
  if (warnings) parts.push(plural(warnings, 'warning'));
  return parts.join(', ');
}

function findingItem(finding) {
  const item = element('li', `finding finding-${finding.severity}`);
  item.dataset.severity = finding.severity;
  const head = element('div', 'finding-head');
  head.appendChild(element('span', 'severity', finding.severity));
  head.appendChild(element('code', 'location', `${finding.file}:${finding.line}:${finding.column}`));
  if (finding.pointer) head.appendChild(element('code', 'pointer', finding.pointer));
  item.appendChild(head);
  item.appendChild(element('p', 'message', finding.message));
  if (finding.hint) item.appendChild(element('p', 'hint', finding.hint));
  return item;
}

// `files`: content files (content-files.js); `findings`: name -> findings;
// `notes`: name -> a sentence for files the checks could not cover;
// `onRemove(name)`: the × of a file.
export function renderFindings(container, { files, findings, notes, onRemove }) {
  container.textContent = '';
  files.forEach((file) => {
    const list = findings.get(file.name) || [];
    const note = notes.get(file.name);
    const section = element('section', 'file');
    section.dataset.file = file.name;
    section.dataset.state = list.some((f) => f.severity === 'error') ? 'error'
      : list.length ? 'warning' : note ? 'note' : 'ok';

    const head = element('header', 'file-head');
    const title = element('h3', 'file-name', file.name);
    head.appendChild(title);
    const about = [KIND_LABELS[file.kind], file.locale].filter(Boolean).join(' · ');
    head.appendChild(element('span', 'file-kind', about));
    head.appendChild(element('span', 'file-count', list.length ? countLabel(list) : note ? 'not checked' : 'no problems'));
    const remove = element('button', 'file-remove', '×');
    remove.type = 'button';
    remove.title = `Remove ${file.name}`;
    remove.setAttribute('aria-label', `Remove ${file.name}`);
    remove.addEventListener('click', () => onRemove(file.name));
    head.appendChild(remove);
    section.appendChild(head);

    if (note) section.appendChild(element('p', 'file-note', note));
    if (list.length) {
      const ol = element('ol', 'findings');
      list.forEach((finding) => ol.appendChild(findingItem(finding)));
      section.appendChild(ol);
    }
    container.appendChild(section);
  });
}

// One line over the list: "No problems in 4 files." or "2 errors, 1 warning
// in 1 of 4 files.", plus the files the checks could not cover.
export function summarize(files, findings, notes) {
  if (!files.length) return { state: 'empty', text: 'No files yet: choose or drop content files, or load the samples.' };
  const checked = files.filter((file) => !notes.has(file.name));
  const unchecked = files.length - checked.length;
  const tail = unchecked ? ` ${plural(unchecked, 'file')} not checked (see below).` : '';
  const all = checked.flatMap((file) => findings.get(file.name) || []);
  if (!all.length) return { state: 'ok', text: `No problems in ${plural(checked.length, 'file')}.${tail}` };
  const affected = checked.filter((file) => (findings.get(file.name) || []).length).length;
  const state = all.some((f) => f.severity === 'error') ? 'error' : 'warning';
  return { state, text: `${countLabel(all)} in ${affected} of ${plural(checked.length, 'file')}.${tail}` };
}
