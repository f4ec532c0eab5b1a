// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';
import { en } from '../../src/i18n/en';

afterEach(cleanup);

describe('ErrorBoundary', () => {
  it('shows what failed in plain words with a retry, and leaves the rest of the page alone', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let broken = true;
    const Part = () => {
      if (broken) throw new Error('Unexpected figure shape.');
      return <p>details</p>;
    };
    render(
      <>
        <p>the map</p>
        <ErrorBoundary what="details" m={en}>
          <Part />
        </ErrorBoundary>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toBe('The details could not be shown.Try again');
    expect(screen.getByRole('alert').textContent).not.toContain('Unexpected figure shape');
    expect(screen.getByText('the map')).toBeTruthy();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('details')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
