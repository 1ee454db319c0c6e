import type { Connection } from 'vscode-languageserver';
import { fileName } from '../core';
import { guard } from './guard';
import { TimelineRequest, type TimelineArticle, type TimelineResult } from './protocol';
import type { ServerState } from './state';

/** `reportLens/timeline`: an official's titles over time for the client's timeline panel (see protocol.ts). */
export function registerTimeline(connection: Connection, state: ServerState): void {
  connection.onRequest(TimelineRequest, (params, token) =>
    guard(state.logger, 'timeline', token, (): TimelineResult | null => {
      if (typeof params?.id !== 'string' || !params.id.startsWith('person:')) return null;
      const timeline = state.service.timeline(params.id);
      if (!timeline) return null;
      const articles = timeline.articles.flatMap(({ uri, date, titles, start, end, conflicts }): TimelineArticle[] => {
        const positions = state.positions(uri);
        return positions ? [{ uri, file: fileName(uri), date, titles, range: positions.range(start, end), conflicts }] : [];
      });
      return { id: timeline.key, name: timeline.name, articles, posts: timeline.posts, knowledgeNote: timeline.knowledgeNote };
    }),
  );
}
