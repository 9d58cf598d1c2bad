// The open incidents: those addressed to the user first, each a button that opens it, showing its
// level (coloured as the sheet colours levels, and always named), status, stage and overdue mark.
import type { IncidentListItem } from '../../domain/intake/incident-contract';
import type { Lang } from '../../domain/language';
import { h } from '../dom';
import { INCIDENT_MESSAGES } from './incident-messages';

export function renderIncidentList(
  items: readonly IncidentListItem[],
  lang: Lang,
  open: (id: string) => void,
): HTMLElement {
  const text = INCIDENT_MESSAGES[lang];
  if (items.length === 0) return h('p', { class: 'empty' }, text.noIncidents);
  const groups: [string, string, IncidentListItem[]][] = [
    ['for-me', text.forMe, items.filter((item) => item.addressedToMe)],
    ['others', text.others, items.filter((item) => !item.addressedToMe)],
  ];
  return h(
    'div',
    { class: 'incident-list' },
    ...groups
      .filter(([, , group]) => group.length > 0)
      .flatMap(([key, heading, group]) => [
        h('h2', { id: `list-${key}` }, heading),
        h(
          'ul',
          { 'aria-labelledby': `list-${key}` },
          ...group.map((item) => h('li', {}, itemButton(item, lang, open))),
        ),
      ]),
  );
}

function itemButton(item: IncidentListItem, lang: Lang, open: (id: string) => void): HTMLButtonElement {
  const text = INCIDENT_MESSAGES[lang];
  const button = h(
    'button',
    { type: 'button', class: 'incident-item', id: `open-${item.id}`, 'data-id': item.id },
    h('span', { class: 'item-head' }, h('strong', {}, item.id), ' ', levelBadge(item.levelKey, item.level, lang)),
    h('span', { class: 'item-summary' }, item.summary),
    h(
      'span',
      { class: 'item-meta' },
      [item.status, item.stage ? text.stage(item.stage) : text.noStage].filter(Boolean).join(' · '),
      ...(item.overdue ? [' ', h('span', { class: 'overdue' }, text.overdue)] : []),
    ),
  );
  button.addEventListener('click', () => open(item.id));
  return button;
}

/** The level's name on its colour; a level the server could not read is named as such. */
export function levelBadge(levelKey: string | null, level: string, lang: Lang): HTMLElement {
  const badge = h('span', { class: 'level-badge' }, level || INCIDENT_MESSAGES[lang].noLevel);
  if (levelKey) badge.setAttribute('data-level', levelKey);
  return badge;
}
