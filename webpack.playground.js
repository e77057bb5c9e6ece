// The playground page (src/playground/app): the fake Excel, the grid, exceljs — for current Chromium, Firefox, Edge
// (ES2019; it is a demo and test page, not something Excel loads, so no ES5 or size budget). The task pane inside it
// is the unmodified add-in build (webpack.config.js); scripts/build-playground.js builds both.
//   node scripts/build-playground.js            → dist-playground/
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const ROOT = __dirname;

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  return {
    name: "playground",
    mode,
    context: ROOT,
    entry: { playground: "./src/playground/app/index.tsx" },
    target: ["web", "es2019"],
    output: {
      path: argv.outputPath || path.join(ROOT, "dist-playground"),
      filename: "[name].js",
      publicPath: "",
      // The add-in build writes addin/ into the same folder: never clean it from here.
      clean: false,
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type-checked by `tsc --noEmit -p .` (npm test); here only transpiled, to keep the build quick.
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.join(ROOT, "tsconfig.json"),
              compilerOptions: { target: "ES2019", module: "ES2020", moduleResolution: "node", sourceMap: mode !== "production" },
            },
          },
        },
      ],
    },
    devtool: mode === "production" ? false : "source-map",
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./src/playground/app/playground.html",
        inject: "body",
        scriptLoading: "defer",
        hash: true,
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "src/playground/app/playground.css", to: "playground.css" }] }),
    ],
  };
};
