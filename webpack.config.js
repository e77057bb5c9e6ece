// Browser build of the add-in: task pane (+ ribbon commands when src/commands exists), ES5 for the IE11-based
// webview of Excel 2016/2019, office.js copied from @microsoft/office-js and served from the add-in's own origin.
//   npx webpack --mode production                       → dist/
//   npx webpack --mode production --output-path <dir>   (test/build/bundle.test.ts)
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const templateToPlus = require("./scripts/template-to-plus");

const ROOT = __dirname;
const OFFICE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const POLYFILLS = "./src/taskpane/polyfills.ts";
const TOOLS_ENTRY = "./src/taskpane/tools/bundle.ts";
// The tools render with the pane's Preact instance (hooks need it): tools-loader.ts sets these globals.
const TOOLS_PREACT = { "preact/hooks": "ZipingPreact.hooks", "preact/jsx-runtime": "ZipingPreact.jsx" };

function toolsExternals({ context, request }, callback) {
  const fromTools = !!context && /[\\/]src[\\/]taskpane[\\/]tools([\\/]|$)/.test(context);
  if (fromTools && TOOLS_PREACT[request]) return callback(null, "var " + TOOLS_PREACT[request]);
  return callback();
}

// Only what Excel needs from office.js: the loader, the Excel host scripts, the file mapping table and the
// en-us / zh-cn strings. No *.debug.js, no other hosts, no other locales.
const OFFICE_FILES = "{office.js,o15apptofilemappingtable.js,excel-*.js,excelwebapp-*.js,en-us/office_strings.js,zh-cn/office_strings.js}";

// Used when src/commands/commands.ts exists but its page template does not (yet).
const COMMANDS_FALLBACK_HTML = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'" />
    <title>自评表助手</title>
    <script src="office-js/office.js"></script>
  </head>
  <body></body>
</html>
`;

// Only browsers without ES modules (IE11) load the polyfills: <script nomodule src="polyfills.js">.
class NoModulePolyfills {
  apply(compiler) {
    compiler.hooks.compilation.tap("NoModulePolyfills", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTags.tap("NoModulePolyfills", (data) => {
        for (const tag of data.assetTags.scripts) {
          if (tag.attributes && /(^|\/)polyfills\.js(\?|$)/.test(String(tag.attributes.src))) tag.attributes.nomodule = true;
        }
        return data;
      });
    });
  }
}

function rebase(xml, origin) {
  require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
  return require("./src/manifest/validate").rebaseManifest(xml.toString(), origin);
}

function exists(relative) {
  return fs.existsSync(path.join(ROOT, relative));
}

/** A short hash of every file under a source directory (cache-busts tools.js, loaded without the HTML plugin). */
function contentHashOfDir(relative) {
  const hash = crypto.createHash("sha256");
  const walk = (dir) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else hash.update(name).update(fs.readFileSync(full));
    }
  };
  walk(path.join(ROOT, relative));
  return hash.digest("hex").slice(0, 10);
}

function contentHash(relative) {
  return crypto.createHash("sha256").update(fs.readFileSync(path.join(ROOT, relative))).digest("hex").slice(0, 10);
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const production = mode === "production";
  // Scripts at the end of <body>, in order: polyfills (IE11 only), then the page's own bundle.
  const page = { inject: "body", scriptLoading: "blocking", chunksSortMode: "manual", hash: true, minify: production };

  // tools.js: the writing tools (措辞, 填写指标, 自评报告, 报告核对), loaded by src/taskpane/tools-loader.ts on first use.
  // An entry of its own, not an async chunk: an async chunk would share the core modules with taskpane.js and
  // bloat it (shared modules lose scope hoisting and keep every export the tools use).
  const entry = { polyfills: POLYFILLS, taskpane: "./src/taskpane/index.tsx", tools: TOOLS_ENTRY };
  const plugins = [
    new webpack.DefinePlugin({ __ZIPING_TOOLS_SCRIPT__: JSON.stringify("tools.js?v=" + contentHashOfDir("src")) }),
    new NoModulePolyfills(),
    new HtmlWebpackPlugin({
      ...page,
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["polyfills", "taskpane"],
      cssHash: contentHash("src/taskpane/taskpane.css"),
    }),
  ];

  if (exists("src/commands/commands.ts")) {
    entry.commands = "./src/commands/commands.ts";
    const template = exists("src/commands/commands.html") ? { template: "./src/commands/commands.html" } : { templateContent: COMMANDS_FALLBACK_HTML };
    plugins.push(new HtmlWebpackPlugin({ ...page, ...template, filename: "commands.html", chunks: ["polyfills", "commands"] }));
  }

  plugins.push(
    new CopyWebpackPlugin({
      patterns: [
        { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
        { from: "assets", to: "assets", noErrorOnMissing: true },
        // `--env origin=https://主机/路径`: the manifest in dist/ points at the intranet server instead of localhost.
        { from: "manifest.xml", to: "manifest.xml", noErrorOnMissing: true, transform: env.origin ? (xml) => rebase(xml, env.origin) : undefined },
        {
          from: OFFICE_FILES,
          context: OFFICE_DIST,
          to: "office-js/[path][name][ext]",
          globOptions: { ignore: ["**/*.debug.js"] },
          // Already minified: without this Terser re-minifies megabytes of office.js (74 s instead of 5 s).
          info: { minimized: true },
        },
      ],
    }),
  );

  return {
    mode,
    context: ROOT,
    entry,
    // "es5" keeps webpack's own runtime free of arrow functions and const.
    target: ["web", "es5"],
    output: {
      path: path.join(ROOT, "dist"),
      filename: "[name].js",
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    externals: [toolsExternals],
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type-checks against tsconfig.web.json (ES5 + Promise only), so an API IE11 lacks fails the build.
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.join(ROOT, "tsconfig.web.json"),
              getCustomTransformers: () => ({ before: [templateToPlus()] }),
            },
          },
        },
      ],
    },
    // webpack's built-in minifier (terser), tuned for size: the pane has a 60 KB gzip budget.
    optimization: {
      minimizeOptions: { javascript: { ecma: 5, compress: { passes: 3, pureGetters: true }, format: { comments: false } } },
    },
    // Never "eval" source maps: the pages' Content-Security-Policy forbids eval.
    devtool: production ? false : "source-map",
    performance: {
      hints: production ? "warning" : false,
      assetFilter: (file) => /\.js$/.test(file) && file.indexOf("office-js/") !== 0,
      maxAssetSize: 250000,
      maxEntrypointSize: 250000,
    },
    plugins,
  };
};
