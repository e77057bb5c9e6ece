// The string table, provided once at the root so components do not pass it around.
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Strings } from "../strings";
import { ZH } from "../strings";

export const StringsContext = createContext<Strings>(ZH);

export function useStrings(): Strings {
  return useContext(StringsContext);
}
