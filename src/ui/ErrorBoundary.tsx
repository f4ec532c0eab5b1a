import { Component, type ReactNode } from 'react';

interface Props { children: ReactNode; what: string }

/** Catches a render error in one part of the page; the rest, and the prerendered map, stay. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="load-error" role="alert">
        <p>
          <strong>The {this.props.what} could not be shown.</strong> {this.state.error.message}
        </p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
