import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../tests/render';
import { ErrorBoundary } from './ErrorBoundary';

function Exploding(): never {
  throw new Error('secret detail at Exploding (src/app/Exploding.tsx:12:3)');
}

describe('ErrorBoundary', () => {
  it('offers a way home and never shows the error or its stack', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports caught errors to the console.
    const user = userEvent.setup();
    await renderWithProviders(
      <ErrorBoundary>
        <Exploding />
      </ErrorBoundary>,
      { path: '/journal' },
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.getByRole('alert')).toHaveTextContent('If someone is in danger, call your local emergency number.');
    expect(document.body.textContent).not.toMatch(/secret detail|Exploding|\.tsx/);
    await user.click(screen.getByRole('button', { name: 'Go to home' }));
    expect(window.location.pathname).toBe('/');
  });
});
