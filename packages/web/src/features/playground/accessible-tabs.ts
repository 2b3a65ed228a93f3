import { useEffect, type RefObject } from 'react';

/**
 * GraphiQL 5 renders each editor tab as `<li role="tab">` holding two buttons (open, close). A tab
 * may not contain controls (axe: nested-interactive, serious; see graphql/graphiql#3422): screen
 * readers announce the tab and neither button. Until GraphiQL changes that, its tab row is
 * presented as what it works as — a list of buttons, the open tab's button marked aria-current.
 * GraphiQL keeps rendering the row (new tabs, the active one changing), so this follows it.
 */
function presentTabsAsButtons(root: HTMLElement): void {
  for (const list of root.querySelectorAll('.graphiql-tabs[role="tablist"]')) list.removeAttribute('role');
  for (const tab of root.querySelectorAll<HTMLElement>('.graphiql-tab')) {
    if (tab.hasAttribute('role')) tab.removeAttribute('role');
    if (tab.hasAttribute('aria-selected')) tab.removeAttribute('aria-selected');
    const button = tab.querySelector('.graphiql-tab-button');
    const current = tab.classList.contains('graphiql-tab-active') ? 'true' : null;
    if (button && button.getAttribute('aria-current') !== current) {
      if (current) button.setAttribute('aria-current', current);
      else button.removeAttribute('aria-current');
    }
  }
}

/** Keeps GraphiQL's tab row inside `root` a list of buttons (see presentTabsAsButtons). */
export function useAccessibleGraphiQLTabs(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    presentTabsAsButtons(element);
    const observer = new MutationObserver(() => presentTabsAsButtons(element));
    // aria-current is not watched: it is this function's own change.
    observer.observe(element, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['role', 'aria-selected', 'class'],
    });
    return () => observer.disconnect();
  }, [root]);
}
