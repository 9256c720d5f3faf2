import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
await tf.setBackend(process.argv[2] ?? 'wasm');
const d = 20, bs = 256;
const m = tf.sequential();
m.add(tf.layers.dense({ units: 64, activation: 'relu', inputShape: [d] }));
m.add(tf.layers.dropout({ rate: 0.1, seed: 2 }));
m.add(tf.layers.dense({ units: 32, activation: 'relu' }));
m.add(tf.layers.dense({ units: 2, activation: 'softmax' }));
const opt = tf.train.adam(1e-3);
const xb = tf.randomNormal([bs, d]); const yb = tf.oneHot(tf.randomUniform([bs], 0, 2, 'int32'), 2).toFloat();
const step = () => { const l = opt.minimize(() => tf.metrics.categoricalCrossentropy(yb, m.apply(xb, { training: true }) as tf.Tensor).mean() as tf.Scalar, true); return l!; };
for (let i = 0; i < 20; i++) { const l = step(); await l.data(); l.dispose(); }
const prof = await tf.profile(async () => { const l = step(); await l.data(); l.dispose(); });
const counts = new Map<string, [number, number]>();
for (const k of prof.kernels) { const c = counts.get(k.name) ?? [0, 0]; c[0]++; c[1] += k.kernelTimeMs as number; counts.set(k.name, c); }
console.log('kernels', prof.kernels.length, [...counts].sort((a,b)=>b[1][1]-a[1][1]).slice(0,30).map(([n,[c,t]])=>`${n}:${c}:${t.toFixed(2)}`).join(' '));
const t0 = performance.now(); for (let i = 0; i < 200; i++) { const l = step(); await l.data(); l.dispose(); } console.log('ms/step', (performance.now()-t0)/200);
const t1 = performance.now(); for (let i = 0; i < 200; i++) { const l = step(); l.dispose(); } await tf.zeros([1]).data(); console.log('ms/step no sync', (performance.now()-t1)/200);
const prof2 = await tf.profile(async () => { const l = step(); await l.data(); l.dispose(); });
for (const k of prof2.kernels) if (k.name.includes('MatMul')) console.log(k.name, JSON.stringify(k.inputShapes), k.kernelTimeMs, (k as any).extraInfo);
// raw matmul timings
for (const [a, b, ta, tb] of [[[256,20],[20,64],false,false],[[20,256],[256,64],false,false],[[256,20],[256,64],true,false],[[256,64],[32,64],false,true]] as const) {
  const A = tf.randomNormal(a as any), B = tf.randomNormal(b as any);
  for (let i=0;i<10;i++) tf.matMul(A,B,ta,tb).dispose();
  const t = performance.now(); for (let i=0;i<500;i++) tf.matMul(A,B,ta,tb).dispose(); await tf.zeros([1]).data();
  console.log('matmul', a, b, ta, tb, ((performance.now()-t)/500).toFixed(3), 'ms');
  const t2 = performance.now(); for (let i=0;i<500;i++) { const B2 = B.add(0); tf.matMul(A,B2,ta,tb).dispose(); B2.dispose(); } await tf.zeros([1]).data();
  console.log('matmul fresh B', ((performance.now()-t2)/500).toFixed(3), 'ms');
}
