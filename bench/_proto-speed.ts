import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';

const n = 100_000, d = 20, bs = 256;
const x = new Float32Array(n * d); const y = new Float32Array(n * 2);
let s = 1; const r = () => { s = (s * 16807) % 2147483647; return s / 2147483647; };
for (let i = 0; i < n; i++) { let z = 0; for (let j = 0; j < d; j++) { const v = r() * 2 - 1; x[i*d+j] = v; z += v * (j % 3 - 1); } y[i*2 + (z > 0 ? 1 : 0)] = 1; }

function build() {
  const m = tf.sequential();
  m.add(tf.layers.dense({ units: 64, activation: 'relu', inputShape: [d], kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }));
  m.add(tf.layers.dropout({ rate: 0.1, seed: 2 }));
  m.add(tf.layers.dense({ units: 32, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }) }));
  m.add(tf.layers.dense({ units: 2, activation: 'softmax', kernelInitializer: tf.initializers.glorotUniform({ seed: 4 }) }));
  m.compile({ optimizer: tf.train.adam(1e-3), loss: 'categoricalCrossentropy' });
  return m;
}
async function viaTrainOnBatch(epochs: number) {
  const m = build(); const t0 = performance.now();
  for (let e = 0; e < epochs; e++) for (let b = 0; b < n; b += bs) {
    const end = Math.min(n, b + bs);
    const xb = tf.tensor2d(x.subarray(b*d, end*d), [end-b, d]); const yb = tf.tensor2d(y.subarray(b*2, end*2), [end-b, 2]);
    await m.trainOnBatch(xb, yb); xb.dispose(); yb.dispose();
  }
  return performance.now() - t0;
}
async function viaChunks(epochs: number, chunk: number) {
  const m = build(); const t0 = performance.now();
  for (let e = 0; e < epochs; e++) for (let b = 0; b < n; b += chunk) {
    const end = Math.min(n, b + chunk);
    const xb = tf.tensor2d(x.subarray(b*d, end*d), [end-b, d]); const yb = tf.tensor2d(y.subarray(b*2, end*2), [end-b, 2]);
    await m.fit(xb, yb, { batchSize: bs, epochs: 1, shuffle: false, verbose: 0 }); xb.dispose(); yb.dispose();
  }
  return performance.now() - t0;
}
async function viaMinimize(epochs: number) {
  const m = build(); const opt = tf.train.adam(1e-3); const t0 = performance.now();
  for (let e = 0; e < epochs; e++) for (let b = 0; b < n; b += bs) {
    const end = Math.min(n, b + bs);
    const xb = tf.tensor2d(x.subarray(b*d, end*d), [end-b, d]); const yb = tf.tensor2d(y.subarray(b*2, end*2), [end-b, 2]);
    const l = opt.minimize(() => tf.losses.softmaxCrossEntropy(yb, m.apply(xb, { training: true }) as tf.Tensor) as tf.Scalar, true);
    await l!.data(); l!.dispose(); xb.dispose(); yb.dispose();
  }
  return performance.now() - t0;
}
for (const be of process.argv.slice(2)) {
  await tf.setBackend(be); await tf.ready();
  console.log(be, 'trainOnBatch', (await viaTrainOnBatch(2)) / 2, 'ms/epoch');
  console.log(be, 'chunks 8192', (await viaChunks(2, 8192)) / 2);
  console.log(be, 'chunks 32768', (await viaChunks(2, 32768)) / 2);
  console.log(be, 'minimize', (await viaMinimize(2)) / 2);
  console.log(tf.memory().numTensors);
}
