// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ErrorBoundary } from '../../src/ui/ErrorBoundary';

afterEach(cleanup);

describe('ErrorBoundary', () => {
  it('shows what failed with a retry, and leaves the rest of the page alone', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let broken = true;
    const Part = () => {
      if (broken) throw new Error('Unexpected estimate shape.');
      return <p>details</p>;
    };
    render(
      <>
        <p>the map</p>
        <ErrorBoundary what="details">
          <Part />
        </ErrorBoundary>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toBe('The details could not be shown. Unexpected estimate shape.Try again');
    expect(screen.getByText('the map')).toBeTruthy();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('details')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
