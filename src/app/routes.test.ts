import { describe, expect, it } from 'vitest';
import { findRoute, pathOf, routes } from './routes';

describe('routes', () => {
  it('has one route for each main action and the content screen, each at its own path', () => {
    const ids = routes.map((route) => route.id);
    expect(ids).toEqual([
      'home',
      'crisis',
      'guides',
      'directory',
      'journal',
      'selfcare',
      'plan',
      'groups',
      'report',
      'cards',
      'settings',
      'content',
      'feedback',
      'privacy',
    ]);
    expect(new Set(routes.map((route) => route.path)).size).toBe(routes.length);
  });

  it('finds a route with or without a trailing slash', () => {
    expect(findRoute('/directory')?.id).toBe('directory');
    expect(findRoute('/directory/')?.id).toBe('directory');
    expect(findRoute('/')?.id).toBe('home');
  });

  it('sends a group theme to the group sessions screen', () => {
    expect(findRoute('/groups/anxiety')?.id).toBe('groups');
  });

  it('finds nothing for an unknown path', () => {
    expect(findRoute('/admin')).toBeUndefined();
    expect(findRoute('/settings/extra')).toBeUndefined();
  });

  it('gives the path of a route id', () => {
    expect(pathOf('settings')).toBe('/settings');
  });
});
