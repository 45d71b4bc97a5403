// The header combobox's popup list (WAI-ARIA 1.2 listbox): its options, which one is active (the input's
// aria-activedescendant, so the focus stays in the input), and what choosing one does.
export type Listbox = ReturnType<typeof listbox>;

/** The popup's options and the active one (aria-activedescendant on the input). */
export function listbox(input: HTMLInputElement, popup: HTMLElement) {
  /** `act`: instead of opening `url`, what choosing the option does (the full-text option). */
  let options: { el: HTMLElement; url: string; act?: () => void }[] = [];
  let active = -1;
  const box = {
    count: () => options.length,
    isOpen: () => !popup.hidden,
    activeUrl: () => options[active]?.url,
    open(yes: boolean) {
      popup.hidden = !yes;
      input.setAttribute('aria-expanded', String(yes));
      if (!yes) box.setActive(-1);
    },
    setActive(i: number) {
      options[active]?.el.setAttribute('aria-selected', 'false');
      active = i;
      const option = options[i];
      if (!option) return input.removeAttribute('aria-activedescendant');
      option.el.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.el.id);
      option.el.scrollIntoView({ block: 'nearest' });
    },
    /** Moves the active option by `step`, wrapping; from none, the first (down) or the last (up). */
    step(step: 1 | -1) {
      const n = options.length;
      box.setActive(active < 0 ? (step > 0 ? 0 : n - 1) : (active + step + n) % n);
    },
    restore(url: string | undefined) {
      const again = options.findIndex((o) => o.url === url);
      if (url && again >= 0) box.setActive(again);
    },
    clear() {
      options = [];
      active = -1;
      input.removeAttribute('aria-activedescendant');
    },
    add(id: string, url: string, act?: () => void): HTMLLIElement {
      const li = document.createElement('li');
      li.id = id;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      options.push({ el: li, url, ...(act ? { act } : {}) });
      return li;
    },
    /** Opens the active option; false when there is none. */
    chooseActive(): boolean {
      const o = options[active];
      if (o) o.act ? o.act() : location.assign(o.url);
      return !!o;
    },
    chooseElement(el: Element | null) {
      const o = options.find((x) => x.el === el);
      if (o) o.act ? o.act() : location.assign(o.url);
    },
  };
  return box;
}
