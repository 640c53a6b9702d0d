// The registry of state slices: the app state, its URL form and its history steps are built by looping over
// this list. A new view adds its slice (src/lib/views/<name>/state.ts) here, and its section in sections.ts.
// The order is the order of the parameters in the address.
import { corpusSlice } from '$lib/state/corpus';
import { groupsSlice } from '$lib/state/groups';
import { termsSlice } from '$lib/terms/state';
import { trajectorySlice } from './trajectories/state';
import { insideSlice } from './inside/state';
import { passagesSlice } from './passages/state';
import { readerSlice } from './reader/state';
import { contrastSlice } from './contrasts/state';
import { lengthsSlice } from './sentence-lengths/state';
import { colourSlice } from '$lib/state/colour';

export const SLICES = [corpusSlice, groupsSlice, termsSlice, trajectorySlice, insideSlice, passagesSlice, readerSlice, lengthsSlice, contrastSlice, colourSlice] as const;
