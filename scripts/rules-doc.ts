// Writes docs/rules.md from the rule catalog.
import * as fs from "fs";
import * as path from "path";
import { catalogMarkdown } from "../src/core/rules/catalog-doc";
import { RULES } from "../src/core/rules";

fs.writeFileSync(path.join(__dirname, "..", "docs", "rules.md"), catalogMarkdown(RULES));
