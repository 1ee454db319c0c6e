import type { Location } from 'vscode-languageserver';
import { type Location as CoreLocation } from '../core';
import type { ServerState } from './state';

/**
 * Core locations (a URI and offsets) as LSP locations, each converted against
 * its own file's text. Locations come grouped by file, so each file's line
 * index is looked up once per run of its locations, not once per location.
 */
export function toLocations(state: ServerState, locations: readonly CoreLocation[]): Location[] {
  const out: Location[] = [];
  let uri: string | undefined;
  let positions: ReturnType<ServerState['positions']>;
  for (const l of locations) {
    if (l.uri !== uri) {
      uri = l.uri;
      positions = state.positions(uri);
    }
    if (positions) out.push({ uri: l.uri, range: positions.range(l.start, l.end) });
  }
  return out;
}
