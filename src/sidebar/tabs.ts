// Switches the sidebar between the report form (新規報告) and the incident view, as an ARIA tab
// list: Tab reaches the chosen tab, arrow keys (and Home/End) move between tabs, Tab goes on into
// the panel. Panels are hidden, not removed, so what was typed in either survives a switch.
import { h } from './dom';

export interface Tab {
  id: string;
  label: string;
  panel: HTMLElement;
  /** Called each time the tab is chosen. */
  onShow?: () => void;
}

export function renderTabs(label: string, tabs: Tab[]): HTMLElement {
  const buttons = tabs.map((tab) => {
    tab.panel.id = `panel-${tab.id}`;
    tab.panel.setAttribute('role', 'tabpanel');
    tab.panel.setAttribute('aria-labelledby', `tab-${tab.id}`);
    return h('button', { type: 'button', role: 'tab', id: `tab-${tab.id}`, 'aria-controls': tab.panel.id }, tab.label);
  });
  const select = (index: number, focus: boolean) => {
    tabs.forEach((tab, i) => {
      const chosen = i === index;
      buttons[i]?.setAttribute('aria-selected', String(chosen));
      buttons[i]?.setAttribute('tabindex', chosen ? '0' : '-1');
      tab.panel.hidden = !chosen;
    });
    if (focus) buttons[index]?.focus();
    tabs[index]?.onShow?.();
  };
  buttons.forEach((button, index) => {
    button.addEventListener('click', () => select(index, false));
    button.addEventListener('keydown', (event) => {
      const last = buttons.length - 1;
      const next: Record<string, number> = {
        ArrowRight: index === last ? 0 : index + 1,
        ArrowLeft: index === 0 ? last : index - 1,
        Home: 0,
        End: last,
      };
      const target = next[event.key];
      if (target === undefined) return;
      event.preventDefault();
      select(target, true);
    });
  });
  select(0, false);
  return h('div', { role: 'tablist', class: 'tabs', 'aria-label': label }, ...buttons);
}
