/**
 * Thrown while planning when the compiled path cannot answer an operation exactly as graphql-js
 * would (a field it does not know, arguments that would be an error): the operation then runs
 * through Apollo, which answers it, errors included.
 */
export class NotCompilable extends Error {
  constructor(reason: string) {
    super(`not compilable: ${reason}`);
  }
}
