import { Component, type ReactNode } from 'react';
import type { Messages } from '../i18n/en';

type Part = keyof Messages['errors']['parts'];
interface Props { children: ReactNode; what: Part; m: Messages }

/**
 * Catches a render error in one part of the page; the rest, and the prerendered map, stay.
 * Readers get plain words and a retry; the error itself is logged once, here (the pages run on
 * preact/compat, whose roots take no onCaughtError).
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.error(`A part of the page failed to render (${this.props.what}):`, error);
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    const { m, what } = this.props;
    return (
      <div className="load-error" role="alert">
        <p>
          <strong>{m.errors.partFailed(m.errors.parts[what])}</strong>
        </p>
        <button type="button" className="button" onClick={() => this.setState({ failed: false })}>
          {m.errors.tryAgain}
        </button>
      </div>
    );
  }
}
