import { readFileSync, rmSync } from 'node:fs';
import lwc from '@lwc/rollup-plugin';
import { babel } from '@rollup/plugin-babel';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';

const production = process.env.NODE_ENV !== 'development';

rmSync('dist/app', { recursive: true, force: true });

function copyHtml(from, fileName) {
  return {
    name: 'copy-html',
    buildStart() {
      this.addWatchFile(from);
    },
    generateBundle() {
      const source = readFileSync(from, 'utf8');
      this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

export default {
  input: 'src/index.ts',
  output: {
    dir: 'dist/app',
    format: 'es',
    entryFileNames: 'main.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: !production,
  },
  plugins: [
    replace({
      preventAssignment: true,
      values: {
        'process.env.NODE_ENV': JSON.stringify(
          production ? 'production' : 'development',
        ),
      },
    }),
    babel({
      babelHelpers: 'bundled',
      babelrc: false,
      configFile: false,
      extensions: ['.ts'],
      include: 'src/**',
      presets: [['@babel/preset-typescript', { allowDeclareFields: true }]],
      plugins: [
        ['@babel/plugin-syntax-decorators', { decoratorsBeforeExport: true }],
      ],
    }),
    // Chart.js compiled by the LWC compiler loses its tree-shaking (every
    // controller and scale gets bundled), and it needs none of the compiler.
    lwc({
      exclude: ['**/node_modules/{chart.js,@kurkle}/**'],
      enableDynamicComponents: true,
    }),
    nodeResolve(),
    production && terser(),
    copyHtml('src/index.html', 'index.html'),
    copyHtml('src/shell.css', 'shell.css'),
  ],
};
