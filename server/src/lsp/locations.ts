import type { Location } from 'vscode-languageserver';
import type { Location as CoreLocation } from '../core/service';
import type { ServerState } from './state';

/** Core locations (a URI and offsets) as LSP locations, each converted against its own file's text. */
export function toLocations(state: ServerState, locations: readonly CoreLocation[]): Location[] {
  return locations.flatMap((l) => {
    const positions = state.positions(l.uri);
    return positions ? [{ uri: l.uri, range: positions.range(l.start, l.end) }] : [];
  });
}
