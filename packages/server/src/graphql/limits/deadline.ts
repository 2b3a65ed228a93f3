/**
 * A request's time limit: once expired, no further field is resolved for it. Read from the
 * clock when asked rather than set by a timer: most requests end long before it, and a timer
 * armed and cleared for each one costs more than the few reads of `expired` it would spare.
 */
export class Deadline {
  private readonly endsAt: number;

  constructor(readonly milliseconds: number) {
    this.endsAt = performance.now() + milliseconds;
  }

  get expired(): boolean {
    return performance.now() >= this.endsAt;
  }
}
