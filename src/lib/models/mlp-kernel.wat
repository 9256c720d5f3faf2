;; The arithmetic of one MLP training step on the wasm and cpu backends (kernel-step.ts drives it): dense
;; products with 128-bit SIMD, bias + ReLU, ReLU's backward mask, column sums. Row-major f32 matrices; every
;; pointer is a byte offset into the imported memory. `npm run wasm` compiles this file into mlp-kernel-wasm.ts.
;; Why not TF.js kernels: at batch 256 an MLP step is ≈2 M multiply-adds, and the ≈40 TF.js kernel calls of the
;; step cost more than the arithmetic (bookkeeping, allocation); here a call costs nanoseconds.
(module
  (import "kernel" "memory" (memory 1))

  ;; c[m×n] = a[m×k] · b[k×n]. Zero entries of a (ReLU outputs, dropped units) are skipped.
  (func (export "matmul")
    (param $a i32) (param $b i32) (param $c i32) (param $m i32) (param $k i32) (param $n i32)
    (local $aEnd i32) (local $rowEnd i32) (local $crow i32) (local $brow i32) (local $cEnd i32)
    (local $cVecEnd i32) (local $at i32) (local $from i32) (local $s f32) (local $sv v128)
    (local.set $crow (local.get $c))
    (local.set $aEnd (i32.add (local.get $a) (i32.shl (i32.mul (local.get $m) (local.get $k)) (i32.const 2))))
    (block $rowsDone
      (loop $row
        (br_if $rowsDone (i32.ge_u (local.get $a) (local.get $aEnd)))
        (local.set $cEnd (i32.add (local.get $crow) (i32.shl (local.get $n) (i32.const 2))))
        (local.set $cVecEnd (i32.add (local.get $crow) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
        (call $zero (local.get $crow) (local.get $cEnd))
        (local.set $rowEnd (i32.add (local.get $a) (i32.shl (local.get $k) (i32.const 2))))
        (local.set $brow (local.get $b))
        (block $innerDone
          (loop $inner
            (br_if $innerDone (i32.ge_u (local.get $a) (local.get $rowEnd)))
            (local.set $s (f32.load (local.get $a)))
            (if (f32.ne (local.get $s) (f32.const 0))
              (then
                ;; c[j] += s · b[j]: four at a time, then one at a time (inlined: a wasm call here costs more than the work)
                (local.set $sv (f32x4.splat (local.get $s)))
                (local.set $from (local.get $brow))
                (local.set $at (local.get $crow))
                (block $vecDone
                  (loop $vec
                    (br_if $vecDone (i32.ge_u (local.get $at) (local.get $cVecEnd)))
                    (v128.store (local.get $at)
                      (f32x4.add (v128.load (local.get $at)) (f32x4.mul (local.get $sv) (v128.load (local.get $from)))))
                    (local.set $from (i32.add (local.get $from) (i32.const 16)))
                    (local.set $at (i32.add (local.get $at) (i32.const 16)))
                    (br $vec)))
                (block $tailDone
                  (loop $tail
                    (br_if $tailDone (i32.ge_u (local.get $at) (local.get $cEnd)))
                    (f32.store (local.get $at)
                      (f32.add (f32.load (local.get $at)) (f32.mul (local.get $s) (f32.load (local.get $from)))))
                    (local.set $from (i32.add (local.get $from) (i32.const 4)))
                    (local.set $at (i32.add (local.get $at) (i32.const 4)))
                    (br $tail)))))
            (local.set $brow (i32.add (local.get $brow) (i32.shl (local.get $n) (i32.const 2))))
            (local.set $a (i32.add (local.get $a) (i32.const 4)))
            (br $inner)))
        (local.set $crow (local.get $cEnd))
        (br $row))))

  ;; c[k×n] = a[m×k]ᵀ · b[m×n] (the kernel gradient Hᵀ · dZ). Zero entries of a are skipped.
  (func (export "matmulTransposedA")
    (param $a i32) (param $b i32) (param $c i32) (param $m i32) (param $k i32) (param $n i32)
    (local $i i32) (local $p i32) (local $brow i32) (local $crow i32) (local $s f32) (local $rowBytes i32)
    (local $vecBytes i32) (local $cEnd i32) (local $cVecEnd i32) (local $at i32) (local $from i32) (local $sv v128)
    (local.set $rowBytes (i32.shl (local.get $n) (i32.const 2)))
    (local.set $vecBytes (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2)))
    (call $zero (local.get $c)
      (i32.add (local.get $c) (i32.mul (local.get $k) (local.get $rowBytes))))
    (local.set $brow (local.get $b))
    (block $rowsDone
      (loop $row
        (br_if $rowsDone (i32.ge_u (local.get $i) (local.get $m)))
        (local.set $crow (local.get $c))
        (local.set $p (i32.const 0))
        (block $innerDone
          (loop $inner
            (br_if $innerDone (i32.ge_u (local.get $p) (local.get $k)))
            (local.set $cEnd (i32.add (local.get $crow) (local.get $rowBytes)))
            (local.set $cVecEnd (i32.add (local.get $crow) (local.get $vecBytes)))
            (local.set $s (f32.load (local.get $a)))
            (if (f32.ne (local.get $s) (f32.const 0))
              (then
                ;; c[j] += s · b[j]: four at a time, then one at a time (inlined: a wasm call here costs more than the work)
                (local.set $sv (f32x4.splat (local.get $s)))
                (local.set $from (local.get $brow))
                (local.set $at (local.get $crow))
                (block $vecDone
                  (loop $vec
                    (br_if $vecDone (i32.ge_u (local.get $at) (local.get $cVecEnd)))
                    (v128.store (local.get $at)
                      (f32x4.add (v128.load (local.get $at)) (f32x4.mul (local.get $sv) (v128.load (local.get $from)))))
                    (local.set $from (i32.add (local.get $from) (i32.const 16)))
                    (local.set $at (i32.add (local.get $at) (i32.const 16)))
                    (br $vec)))
                (block $tailDone
                  (loop $tail
                    (br_if $tailDone (i32.ge_u (local.get $at) (local.get $cEnd)))
                    (f32.store (local.get $at)
                      (f32.add (f32.load (local.get $at)) (f32.mul (local.get $s) (f32.load (local.get $from)))))
                    (local.set $from (i32.add (local.get $from) (i32.const 4)))
                    (local.set $at (i32.add (local.get $at) (i32.const 4)))
                    (br $tail)))))
            (local.set $a (i32.add (local.get $a) (i32.const 4)))
            (local.set $crow (i32.add (local.get $crow) (local.get $rowBytes)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (br $inner)))
        (local.set $brow (i32.add (local.get $brow) (local.get $rowBytes)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $row))))

  (func $zero (param $from i32) (param $to i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $from) (local.get $to)))
        (f32.store (local.get $from) (f32.const 0))
        (local.set $from (i32.add (local.get $from) (i32.const 4)))
        (br $next))))

  ;; z[i, j] += bias[j] over m rows of n; then max(z, 0) when relu is 1.
  (func (export "addBias") (param $z i32) (param $bias i32) (param $m i32) (param $n i32) (param $relu i32)
    (local $end i32) (local $j i32) (local $v f32)
    (local.set $end (i32.add (local.get $z) (i32.shl (i32.mul (local.get $m) (local.get $n)) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $z) (local.get $end)))
        (local.set $v
          (f32.add (f32.load (local.get $z)) (f32.load (i32.add (local.get $bias) (i32.shl (local.get $j) (i32.const 2))))))
        (if (local.get $relu)
          (then (local.set $v (select (local.get $v) (f32.const 0) (f32.gt (local.get $v) (f32.const 0))))))
        (f32.store (local.get $z) (local.get $v))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (if (i32.eq (local.get $j) (local.get $n)) (then (local.set $j (i32.const 0))))
        (local.set $z (i32.add (local.get $z) (i32.const 4)))
        (br $next))))

  ;; d[i] = a[i] > 0 ? d[i] : 0 for count entries (ReLU's slope, from its output a).
  (func (export "reluBackward") (param $d i32) (param $a i32) (param $count i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $d) (i32.shl (local.get $count) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $d) (local.get $end)))
        (f32.store (local.get $d)
          (select (f32.load (local.get $d)) (f32.const 0) (f32.gt (f32.load (local.get $a)) (f32.const 0))))
        (local.set $d (i32.add (local.get $d) (i32.const 4)))
        (local.set $a (i32.add (local.get $a) (i32.const 4)))
        (br $next))))

  ;; a[i] ·= b[i] for count entries (a dropout mask).
  (func (export "multiply") (param $a i32) (param $b i32) (param $count i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $a) (i32.shl (local.get $count) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $a) (local.get $end)))
        (f32.store (local.get $a) (f32.mul (f32.load (local.get $a)) (f32.load (local.get $b))))
        (local.set $a (i32.add (local.get $a) (i32.const 4)))
        (local.set $b (i32.add (local.get $b) (i32.const 4)))
        (br $next))))

  ;; out[j] = Σᵢ d[i, j] over m rows of n (the bias gradient).
  (func (export "columnSums") (param $d i32) (param $out i32) (param $m i32) (param $n i32)
    (local $end i32) (local $j i32) (local $at i32)
    (call $zero (local.get $out) (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 2))))
    (local.set $end (i32.add (local.get $d) (i32.shl (i32.mul (local.get $m) (local.get $n)) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $d) (local.get $end)))
        (local.set $at (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 2))))
        (f32.store (local.get $at) (f32.add (f32.load (local.get $at)) (f32.load (local.get $d))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (if (i32.eq (local.get $j) (local.get $n)) (then (local.set $j (i32.const 0))))
        (local.set $d (i32.add (local.get $d) (i32.const 4)))
        (br $next))))
)
