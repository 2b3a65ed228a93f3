import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, useLocation, useNavigate, type NavigateFunction } from 'react-router';
import { MainNav } from './MainNav';

const ITEMS = [
  { to: '/tasks', label: 'Tasks' },
  { to: '/papers', label: 'Papers' },
];

/** The nav on a page, with the router's navigate handed out (a page finishing loading) and the path shown. */
function renderNav() {
  let navigate: NavigateFunction | undefined;
  function Page() {
    navigate = useNavigate();
    return <p data-testid="path">{useLocation().pathname}</p>;
  }
  render(
    <MemoryRouter initialEntries={['/signin']}>
      <MainNav items={ITEMS} phoneItems={<li>Sign in</li>} />
      <Page />
    </MemoryRouter>,
  );
  const toggle = screen.getByRole('button', { name: 'Menu' });
  return { toggle, isOpen: () => toggle.getAttribute('aria-expanded') === 'true', navigate: navigate! };
}

describe('MainNav (the phone menu)', () => {
  it('opens and closes with its button', () => {
    const { toggle, isOpen } = renderNav();
    expect(isOpen()).toBe(false);
    fireEvent.click(toggle);
    expect(isOpen()).toBe(true);
    expect(screen.getByRole('navigation', { name: 'Main' }).className).toBe('site-nav is-open');
    fireEvent.click(toggle);
    expect(isOpen()).toBe(false);
  });

  it('closes when a link is chosen, and the link navigates', () => {
    const { toggle, isOpen } = renderNav();
    fireEvent.click(toggle);
    fireEvent.click(screen.getByRole('link', { name: 'Papers' }));
    expect(isOpen()).toBe(false);
    expect(screen.getByTestId('path').textContent).toBe('/papers');
  });

  it('closes on Escape and on a click elsewhere, not on a click inside that chooses nothing', () => {
    const { toggle, isOpen } = renderNav();
    fireEvent.click(toggle);
    fireEvent.click(screen.getByText('Sign in'));
    expect(isOpen()).toBe(true);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(isOpen()).toBe(false);
    fireEvent.click(toggle);
    fireEvent.click(screen.getByTestId('path'));
    expect(isOpen()).toBe(false);
  });

  it('stays open when a navigation started before it opened arrives (the page loading after sign-in)', () => {
    const { toggle, isOpen, navigate } = renderNav();
    fireEvent.click(toggle);
    act(() => void navigate('/account'));
    expect(screen.getByTestId('path').textContent).toBe('/account');
    expect(isOpen()).toBe(true);
  });
});
