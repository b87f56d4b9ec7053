import { OfstedIlacsError } from '../../src/index.js';

/** The OfstedIlacsError a call a test expects to be refused throws; any other outcome fails the test. */
export function thrown(call: () => unknown): OfstedIlacsError {
  try {
    call();
  } catch (error) {
    if (error instanceof OfstedIlacsError) return error;
    throw error;
  }
  throw new Error('expected the call to be refused with OfstedIlacsError');
}
