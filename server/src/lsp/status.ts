import type { Connection } from 'vscode-languageserver';
import { StatusNotification } from './protocol';
import type { ServerState } from './state';

/** Status notifications during indexing are sent at most this often; the last one always goes out. */
const INDEXING_STATUS_INTERVAL_MS = 250;

/** The `reportLens/status` notification: folder counts and indexing progress. */
export class Status {
  private lastIndexingSent = 0;

  constructor(
    private readonly connection: Connection,
    private readonly state: ServerState,
  ) {}

  /** Sends the status now. */
  send(): void {
    const { articles, entities } = this.state.service.counts();
    void this.connection.sendNotification(StatusNotification, { articles, entities, findings: this.state.publishedFindings(), indexing: this.state.indexing });
  }

  /** Sends the status while indexing, throttled. */
  indexingProgress(): void {
    const now = Date.now();
    const finished = this.state.indexing !== null && this.state.indexing.done === this.state.indexing.total;
    if (!finished && now - this.lastIndexingSent < INDEXING_STATUS_INTERVAL_MS) return;
    this.lastIndexingSent = now;
    this.send();
  }
}
