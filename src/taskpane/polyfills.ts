// The ES2015+ library features the task pane and commands bundles need on IE11 (Excel 2016/2019 volume licence),
// built as polyfills.js and loaded with <script nomodule> so that browsers with ES modules never download it.
// tsconfig.web.json allows only ES5 + Promise in the browser build, so this list stays complete: adding an API to
// its "lib" means adding the matching core-js module here. Syntax is downlevelled by TypeScript (target ES5).
import "core-js/modules/es.promise";
