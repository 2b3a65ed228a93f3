/** A request's time limit: once expired, no further field is resolved for it. */
export class Deadline {
  expired = false;
  private readonly timer: NodeJS.Timeout;

  constructor(readonly milliseconds: number) {
    this.timer = setTimeout(() => (this.expired = true), milliseconds);
    this.timer.unref();
  }

  clear(): void {
    clearTimeout(this.timer);
  }
}
