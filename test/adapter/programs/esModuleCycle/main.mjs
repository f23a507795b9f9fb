// b.mjs runs first and sees a.mjs's exports in the TDZ.
import './a.mjs';
