import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { pickTab, RouteTabs } from '.';

const TABS = ['overview', 'keys', 'password'] as const;

describe('RouteTabs', () => {
  it('renders each tab as a link and marks the current one', () => {
    const router = createMemoryRouter(
      [
        {
          path: '*',
          element: (
            <RouteTabs
              label="User tabs"
              current="keys"
              tabs={TABS.map((k) => ({ key: k, label: k.toUpperCase(), to: `/u/${k}` }))}
            />
          ),
        },
      ],
      { initialEntries: ['/u/keys'] },
    );
    render(<RouterProvider router={router} />);
    const nav = screen.getByRole('navigation', { name: 'User tabs' });
    expect(nav).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'KEYS' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'OVERVIEW' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'PASSWORD' })).toHaveAttribute('href', '/u/password');
  });

  it('picks the tab a URL names, else the first', () => {
    expect(pickTab(TABS, 'password')).toBe('password');
    expect(pickTab(TABS, undefined)).toBe('overview');
    expect(pickTab(TABS, 'nope')).toBe('overview');
    expect(() => pickTab([], 'x')).toThrow();
  });
});
