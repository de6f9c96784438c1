import { LightningElement, api } from 'lwc';

interface PlatformError {
  errorCode?: string;
  message?: string;
}

const PLAIN_WORDS: Record<number, string> = {
  0: 'Open CALM could not reach the server. Check your connection and reload the page.',
  401: 'Your session has ended. Sign in again.',
  403: 'You do not have access to this record.',
  404: 'This record does not exist, or it was removed.',
};

/** Turns any error a page meets into sentences a rep can act on. */
export function describeError(error: unknown): string[] {
  if (!error) return [];
  const { status, errors, message } = error as {
    status?: number;
    errors?: PlatformError[];
    message?: string;
  };

  if (status !== undefined && PLAIN_WORDS[status])
    return [PLAIN_WORDS[status]!];
  if (status !== undefined && status >= 500) {
    return ['Something went wrong on the server. Try again in a moment.'];
  }
  const messages = (errors ?? []).map((e) => e.message).filter(Boolean);
  if (messages.length > 0) return messages as string[];
  return [message || 'Something went wrong.'];
}

/** The one place every component shows its errors. */
export default class ErrorPanel extends LightningElement {
  @api error: unknown;
  @api title = 'We could not load this';

  get messages() {
    return describeError(this.error).map((text, key) => ({ key, text }));
  }

  get hasError() {
    return this.messages.length > 0;
  }
}
