// The province list of the checker follows the date the draft is checked as of: the 63 provinces before
// 01/7/2025, the 34 from then on, with the former names still offered for documents issued before the merger.
import { todayIso } from '../lib/format/date.ts';
import { formerProvincesOn, provincesOn } from '../lib/places/provinces-on.ts';

export function provinceOptions(select: HTMLSelectElement, date: string): void {
  const chosen = select.value;
  const option = (name: string) => Object.assign(document.createElement('option'), { value: name, textContent: name });
  const none = Object.assign(document.createElement('option'), { value: '', textContent: 'Không chọn' });
  const groups: HTMLElement[] = [none, ...provincesOn(date).map(option)];
  const former = formerProvincesOn(date);
  if (former.length) {
    const group = Object.assign(document.createElement('optgroup'), { label: 'Tên tỉnh trước ngày 01/7/2025' });
    group.append(...former.map(option));
    groups.push(group);
  }
  select.replaceChildren(...groups);
  select.value = [...select.options].some((o) => o.value === chosen) ? chosen : '';
}

export function setupProvinceChoice(form: HTMLFormElement): void {
  const date = form.querySelector<HTMLInputElement>('input[name="asOf"]')!;
  const select = form.querySelector<HTMLSelectElement>('select[name="province"]')!;
  // The page was built on another day: "today" is the reader's.
  if (date.hasAttribute('data-today')) date.value = todayIso();
  const update = () => provinceOptions(select, date.value || todayIso());
  update();
  date.addEventListener('change', update);
}
