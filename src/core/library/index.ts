// The standard indicator library: data (entries.ts) and the functions that fill it from a form (library.ts).
export type { LibraryEntry, PlaceholderInfo, PlaceholderKind } from "./entries";
export { PLACEHOLDERS, STANDARD_ENTRIES } from "./entries";
export type { Candidate, CandidateEdits, CandidateOptions, CustomEntryError, MergeResult, PlaceholderValues } from "./library";
export {
  MAX_CUSTOM_ENTRIES,
  candidateEdits,
  candidatesFor,
  customEntryRecords,
  fillCandidate,
  formValues,
  hasUnfilled,
  libraryLevel2s,
  mergeCustomEntries,
  parseCustomEntries,
  placeholderInfo,
  placeholdersOf,
  renderEntry,
  serializeCustomEntries,
} from "./library";
