import { createElement } from 'lwc';
import ErrorPanel from 'calm/errorPanel';

function render(error: unknown) {
  const element = createElement('calm-error-panel', { is: ErrorPanel });
  element.error = error;
  document.body.appendChild(element);
  return element;
}

const texts = (element: HTMLElement) =>
  Array.from(element.shadowRoot!.querySelectorAll('p')).map(
    (p) => p.textContent,
  );

describe('calm-error-panel', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows nothing without an error', () => {
    const element = render(undefined);

    expect(element.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows each message of the platform error array', () => {
    const element = render({
      status: 400,
      errors: [
        { errorCode: 'INVALID_INPUT', message: 'asOf is not a date.' },
        { errorCode: 'INVALID_INPUT', message: 'limit is too big.' },
      ],
    });

    expect(texts(element)).toEqual([
      'asOf is not a date.',
      'limit is too big.',
    ]);
  });

  it('explains a missing record in plain words', () => {
    const element = render({
      status: 404,
      errors: [{ errorCode: 'NOT_FOUND' }],
    });

    expect(texts(element)).toEqual([
      'This record does not exist, or it was removed.',
    ]);
    expect(element.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('hides server internals behind a retry hint', () => {
    const element = render({
      status: 500,
      errors: [{ message: 'stack trace' }],
    });

    expect(texts(element)).toEqual([
      'Something went wrong on the server. Try again in a moment.',
    ]);
  });
});
