import { memo, useMemo, useState, type KeyboardEvent } from 'react';
import { searchCountries, type SearchItem } from './search';
import type { Messages } from '../i18n/en';

interface Props {
  items: readonly SearchItem[];
  onSelect: (key: string) => void;
  m: Messages;
}

/** An ARIA 1.2 combobox: type, arrow through the matches, Enter to select, Escape to close. */
function CountrySearchView({ items, onSelect, m }: Props) {
  // One per page, with a fixed id (see YearControl).
  const id = 'search';
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => searchCountries(items, query, m.collator), [items, query, m.collator]);
  const expanded = open && matches.length > 0;

  const choose = (item: SearchItem | undefined) => {
    if (!item) return;
    onSelect(item.key);
    setQuery(item.name);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); setOpen(true); setActive((a) => (matches.length ? (a + 1) % matches.length : 0)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => (matches.length ? (a - 1 + matches.length) % matches.length : 0)); }
    else if (e.key === 'Enter') { if (expanded) { e.preventDefault(); choose(matches[active]); } }
    else if (e.key === 'Escape') {
      // Handled here, so the page's Escape (close the details) does not also fire.
      if (expanded) { e.preventDefault(); setOpen(false); }
      else if (query) { e.preventDefault(); setQuery(''); }
    }
  };
  return (
    <div className="search needs-script">
      <label htmlFor={`${id}-input`}>{m.search.label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded ? `${id}-opt-${active}` : undefined}
        value={query}
        placeholder={m.search.placeholder}
        onChange={(e) => { setQuery(e.target.value); setOpen(true); setActive(0); }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={m.search.matches} hidden={!expanded}>
        {expanded &&
          matches.map((match, i) => (
            <li
              key={match.key}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => { e.preventDefault(); choose(match); }}
            >
              <bdi>{match.name}</bdi>
              {!match.hasData && <span className="option-note">{match.note ?? m.search.noData}</span>}
            </li>
          ))}
      </ul>
    </div>
  );
}

// Its items do not depend on the year: a year change does not render it again.
export const CountrySearch = memo(CountrySearchView);
