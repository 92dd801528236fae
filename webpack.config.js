/**
 * Builds the task pane (dist/taskpane.html, commands.html, help.html, manifest.xml, assets/) and,
 * for the dev server and tests, the workbench (workbench.html: the task pane on an in-memory Excel).
 *
 *   npm run build                       production build; URLs stay https://localhost:3000/
 *   SAFERPLAN_URL=https://host/path/ npm run build   (or: webpack --env url=https://host/path/)
 *   npm run workbench                   dev server with the workbench at http://localhost:3001/
 *   webpack serve (npm run dev-server)  https dev server on 3000 for sideloading into Excel
 *
 * Env options: url, workbench (include the workbench page; built alone it goes to dist/workbench), out (output folder), port, today (workbench).
 */
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** ExcelJS's browser build ships minified: mark its chunk done so the minifier does not spend a minute on it again. */
class SkipMinifiedChunks {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('SkipMinifiedChunks', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'SkipMinifiedChunks', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 }, (assets) => {
        for (const name of Object.keys(assets)) if (/^exceljs\./.test(name)) compilation.updateAsset(name, (a) => a, { minimized: true });
      });
    });
  }
}

const DEV_URL = 'https://localhost:3000/';

/** TypeScript helpers (manifest rewrite, workbench API) loaded through tsx. */
function tsModule(file) {
  require('tsx/cjs/api').register();
  return require(file);
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = !!env.WEBPACK_SERVE;
  const workbench = !!env.workbench || serving;
  const url = env.url || process.env.SAFERPLAN_URL || '';
  const out = path.resolve(__dirname, env.out || (workbench && !serving ? 'dist/workbench' : 'dist'));

  const html = (name, chunks, template = `./src/taskpane/${name}.html`) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks,
      scriptLoading: 'defer',
      inject: chunks.length ? 'head' : false,
      minify: production && { collapseWhitespace: true, removeComments: true, keepClosingSlash: true },
    });

  const entry = { taskpane: './src/taskpane/index.tsx' };
  if (workbench) entry.workbench = './src/workbench/index.tsx';

  const config = {
    mode: production ? 'production' : 'development',
    entry,
    devtool: production ? false : 'source-map',
    // Rebuilds (tests, repeated builds) take seconds instead of most of a minute.
    cache: { type: 'filesystem', name: `${production ? 'prod' : 'dev'}-${workbench ? 'wb' : 'pane'}`, buildDependencies: { config: [__filename] } },
    output: {
      path: out,
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // ExcelJS's browser build: only the lazy "new workbook" export loads it.
      alias: { exceljs$: path.resolve(__dirname, 'node_modules/exceljs/dist/exceljs.min.js') },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: !production, target: 'ES2020' } } },
        },
      ],
      noParse: /exceljs\.min\.js$/,
    },
    plugins: [
      html('taskpane', ['taskpane']),
      html('commands', []),
      html('help', []),
      ...(workbench ? [html('workbench', ['workbench'], './src/workbench/workbench.html')] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform(content) {
              if (!production || !url) return content;
              return tsModule('./src/workbench/tools/manifest-check.ts').rewriteManifestUrls(content.toString(), url, DEV_URL);
            },
          },
        ],
      }),
      new SkipMinifiedChunks(),
      new webpack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') }),
    ],
    performance: { hints: false },
    optimization: { splitChunks: false },
    stats: 'errors-warnings',
  };

  if (production && !url && !env.quiet) console.warn(`manifest.xml keeps ${DEV_URL} (set SAFERPLAN_URL or --env url=https://... for a production build).`);

  if (serving) {
    const port = Number(env.port || (env.workbench ? 3001 : 3000));
    let server = 'http';
    if (!env.workbench) {
      const devCerts = require('office-addin-dev-certs');
      server = { type: 'https', options: await devCerts.getHttpsServerOptions() };
    }
    config.devServer = {
      host: 'localhost',
      port,
      server,
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      open: env.workbench ? ['/workbench.html' + (env.today ? `?today=${env.today}` : '')] : false,
      // The API goes after the dev server's own host and cross-origin checks (and does its own:
      // localhost Host, same Origin, octet-stream uploads from the page), never ahead of them.
      setupMiddlewares(middlewares) {
        const api = { name: 'saferplan-workbench-api', middleware: tsModule('./src/workbench/server/api.ts').workbenchApi() };
        const checks = middlewares.findIndex((m) => m.name === 'cross-origin-header-check');
        if (checks < 0) throw new Error('webpack-dev-server has no cross-origin-header-check middleware: mount the workbench API after its host checks by hand.');
        middlewares.splice(checks + 1, 0, api);
        return middlewares;
      },
    };
  }
  return config;
};
