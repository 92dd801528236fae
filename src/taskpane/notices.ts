/** Messages the host sends when it leaves a feature out (an older Excel): kept until the next command. */
export class NoticeBoard {
  private listeners = new Set<(notices: string[]) => void>();
  private notices: string[] = [];

  add = (message: string): void => {
    if (this.notices.includes(message)) return;
    this.notices = [...this.notices, message];
    this.listeners.forEach((l) => l(this.notices));
  };

  clear(): void {
    this.notices = [];
    this.listeners.forEach((l) => l(this.notices));
  }

  subscribe(listener: (notices: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
