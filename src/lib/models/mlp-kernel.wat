;; The arithmetic of one MLP training step on the wasm and cpu backends (kernel-step.ts drives it): dense
;; products with 128-bit SIMD, bias + ReLU, ReLU's backward mask, column sums. Row-major f32 matrices; every
;; pointer is a byte offset into the imported memory. `npm run wasm` compiles this file into mlp-kernel-wasm.ts.
;; Why not TF.js kernels: at batch 256 an MLP step is ≈2 M multiply-adds, and the ≈40 TF.js kernel calls of the
;; step cost more than the arithmetic (bookkeeping, allocation); here a call costs nanoseconds.
(module
  (import "kernel" "memory" (memory 1))

;; c[q, j] = Σₛ a[q · aRow + s · aStep] · b[s · cols + j] for q < rows, j < cols (all strides in floats):
  ;; a · b with (aRow, aStep) = (k, 1), aᵀ · b with (1, k). Blocks of 4 rows × 8 columns keep their sums in
  ;; eight SIMD registers while s runs (two loads of b and four of a per 32 multiply-adds); the columns past
  ;; the last block of 8 and the rows past the last block of 4 are dot products.
  (func $gemm
    (param $a i32) (param $aRow i32) (param $aStep i32) (param $b i32) (param $c i32)
    (param $rows i32) (param $cols i32) (param $steps i32)
    (local $q i32) (local $j i32) (local $s i32) (local $ap i32) (local $bp i32) (local $cp i32)
    (local $aRowBytes i32) (local $aStepBytes i32) (local $colBytes i32) (local $rows4 i32) (local $cols8 i32)
    (local $b0 v128) (local $b1 v128) (local $av v128) (local $sum f32) (local $r i32)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128) (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local.set $aRowBytes (i32.shl (local.get $aRow) (i32.const 2)))
    (local.set $aStepBytes (i32.shl (local.get $aStep) (i32.const 2)))
    (local.set $colBytes (i32.shl (local.get $cols) (i32.const 2)))
    (local.set $rows4 (i32.and (local.get $rows) (i32.const -4)))
    (local.set $cols8 (i32.and (local.get $cols) (i32.const -8)))
    (local.set $q (i32.const 0))
    (block $rowBlocksDone
      (loop $rowBlock
        (br_if $rowBlocksDone (i32.ge_u (local.get $q) (local.get $rows4)))
        (local.set $j (i32.const 0))
        (block $colBlocksDone
          (loop $colBlock
            (br_if $colBlocksDone (i32.ge_u (local.get $j) (local.get $cols8)))
            (local.set $c00 (v128.const i32x4 0 0 0 0))
            (local.set $c01 (v128.const i32x4 0 0 0 0))
            (local.set $c10 (v128.const i32x4 0 0 0 0))
            (local.set $c11 (v128.const i32x4 0 0 0 0))
            (local.set $c20 (v128.const i32x4 0 0 0 0))
            (local.set $c21 (v128.const i32x4 0 0 0 0))
            (local.set $c30 (v128.const i32x4 0 0 0 0))
            (local.set $c31 (v128.const i32x4 0 0 0 0))
            (local.set $ap (i32.add (local.get $a) (i32.mul (local.get $q) (local.get $aRowBytes))))
            (local.set $bp (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))))
            (local.set $s (i32.const 0))
            (block $stepsDone
              (loop $step
                (br_if $stepsDone (i32.ge_u (local.get $s) (local.get $steps)))
                (local.set $b0 (v128.load (local.get $bp)))
                (local.set $b1 (v128.load offset=16 (local.get $bp)))
                (local.set $av (f32x4.splat (f32.load (local.get $ap))))
                (local.set $c00 (f32x4.add (local.get $c00) (f32x4.mul (local.get $av) (local.get $b0))))
                (local.set $c01 (f32x4.add (local.get $c01) (f32x4.mul (local.get $av) (local.get $b1))))
                (local.set $av (f32x4.splat (f32.load (i32.add (local.get $ap) (i32.mul (local.get $aRowBytes) (i32.const 1))))))
                (local.set $c10 (f32x4.add (local.get $c10) (f32x4.mul (local.get $av) (local.get $b0))))
                (local.set $c11 (f32x4.add (local.get $c11) (f32x4.mul (local.get $av) (local.get $b1))))
                (local.set $av (f32x4.splat (f32.load (i32.add (local.get $ap) (i32.mul (local.get $aRowBytes) (i32.const 2))))))
                (local.set $c20 (f32x4.add (local.get $c20) (f32x4.mul (local.get $av) (local.get $b0))))
                (local.set $c21 (f32x4.add (local.get $c21) (f32x4.mul (local.get $av) (local.get $b1))))
                (local.set $av (f32x4.splat (f32.load (i32.add (local.get $ap) (i32.mul (local.get $aRowBytes) (i32.const 3))))))
                (local.set $c30 (f32x4.add (local.get $c30) (f32x4.mul (local.get $av) (local.get $b0))))
                (local.set $c31 (f32x4.add (local.get $c31) (f32x4.mul (local.get $av) (local.get $b1))))
                (local.set $ap (i32.add (local.get $ap) (local.get $aStepBytes)))
                (local.set $bp (i32.add (local.get $bp) (local.get $colBytes)))
                (local.set $s (i32.add (local.get $s) (i32.const 1)))
                (br $step)))
            (local.set $cp
              (i32.add (local.get $c)
                (i32.shl (i32.add (i32.mul (local.get $q) (local.get $cols)) (local.get $j)) (i32.const 2))))
            (v128.store (local.get $cp) (local.get $c00))
            (v128.store offset=16 (local.get $cp) (local.get $c01))
            (v128.store (i32.add (local.get $cp) (i32.mul (local.get $colBytes) (i32.const 1))) (local.get $c10))
            (v128.store offset=16 (i32.add (local.get $cp) (i32.mul (local.get $colBytes) (i32.const 1))) (local.get $c11))
            (v128.store (i32.add (local.get $cp) (i32.mul (local.get $colBytes) (i32.const 2))) (local.get $c20))
            (v128.store offset=16 (i32.add (local.get $cp) (i32.mul (local.get $colBytes) (i32.const 2))) (local.get $c21))
            (v128.store (i32.add (local.get $cp) (i32.mul (local.get $colBytes) (i32.const 3))) (local.get $c30))
            (v128.store offset=16 (i32.add (local.get $cp) (i32.mul (local.get $colBytes) (i32.const 3))) (local.get $c31))
            (local.set $j (i32.add (local.get $j) (i32.const 8)))
            (br $colBlock)))
        ;; this block's columns past the last 8
        (local.set $r (local.get $q))
        (block $tailRowsDone
          (loop $tailRow
            (br_if $tailRowsDone (i32.ge_u (local.get $r) (i32.add (local.get $q) (i32.const 4))))
            (call $dots (local.get $a) (local.get $aRow) (local.get $aStep) (local.get $b) (local.get $c)
              (local.get $r) (local.get $cols8) (local.get $cols) (local.get $steps))
            (local.set $r (i32.add (local.get $r) (i32.const 1)))
            (br $tailRow)))
        (local.set $q (i32.add (local.get $q) (i32.const 4)))
        (br $rowBlock)))
    ;; the rows past the last block of 4, every column
    (block $lastRowsDone
      (loop $lastRow
        (br_if $lastRowsDone (i32.ge_u (local.get $q) (local.get $rows)))
        (call $dots (local.get $a) (local.get $aRow) (local.get $aStep) (local.get $b) (local.get $c)
          (local.get $q) (i32.const 0) (local.get $cols) (local.get $steps))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $lastRow))))

  ;; c[q, j] for one row q and columns from … to, as dot products over s.
  (func $dots
    (param $a i32) (param $aRow i32) (param $aStep i32) (param $b i32) (param $c i32)
    (param $q i32) (param $from i32) (param $to i32) (param $steps i32)
    (local $j i32) (local $s i32) (local $ap i32) (local $bp i32) (local $sum f32)
    (local.set $j (local.get $from))
    (block $colsDone
      (loop $col
        (br_if $colsDone (i32.ge_u (local.get $j) (local.get $to)))
        (local.set $sum (f32.const 0))
        (local.set $ap (i32.add (local.get $a) (i32.shl (i32.mul (local.get $q) (local.get $aRow)) (i32.const 2))))
        (local.set $bp (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))))
        (local.set $s (i32.const 0))
        (block $stepsDone
          (loop $step
            (br_if $stepsDone (i32.ge_u (local.get $s) (local.get $steps)))
            (local.set $sum (f32.add (local.get $sum) (f32.mul (f32.load (local.get $ap)) (f32.load (local.get $bp)))))
            (local.set $ap (i32.add (local.get $ap) (i32.shl (local.get $aStep) (i32.const 2))))
            (local.set $bp (i32.add (local.get $bp) (i32.shl (local.get $to) (i32.const 2))))
            (local.set $s (i32.add (local.get $s) (i32.const 1)))
            (br $step)))
        (f32.store
          (i32.add (local.get $c)
            (i32.shl (i32.add (i32.mul (local.get $q) (local.get $to)) (local.get $j)) (i32.const 2)))
          (local.get $sum))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $col))))

  ;; c[m×n] = a[m×k] · b[k×n]
  (func (export "matmul")
    (param $a i32) (param $b i32) (param $c i32) (param $m i32) (param $k i32) (param $n i32)
    (call $gemm (local.get $a) (local.get $k) (i32.const 1) (local.get $b) (local.get $c)
      (local.get $m) (local.get $n) (local.get $k)))

  ;; c[k×n] = a[m×k]ᵀ · b[m×n] (the kernel gradient Hᵀ · dZ)
  (func (export "matmulTransposedA")
    (param $a i32) (param $b i32) (param $c i32) (param $m i32) (param $k i32) (param $n i32)
    (call $gemm (local.get $a) (i32.const 1) (local.get $k) (local.get $b) (local.get $c)
      (local.get $k) (local.get $n) (local.get $m)))

  (func $zero (param $from i32) (param $to i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $from) (local.get $to)))
        (f32.store (local.get $from) (f32.const 0))
        (local.set $from (i32.add (local.get $from) (i32.const 4)))
        (br $next))))

;; z[i, j] = z[i, j] + bias[j] over m rows of n; then max(z, 0) when relu is 1 (max keeps a NaN a NaN, so a
  ;; diverged step still shows in the loss).
  (func (export "addBias") (param $z i32) (param $bias i32) (param $m i32) (param $n i32) (param $relu i32)
    (local $row i32) (local $at i32) (local $b i32) (local $rowEnd i32) (local $vecEnd i32) (local $v v128)
    (local $x f32)
    (block $rowsDone
      (loop $nextRow
        (br_if $rowsDone (i32.ge_u (local.get $row) (local.get $m)))
        (local.set $at (i32.add (local.get $z) (i32.shl (i32.mul (local.get $row) (local.get $n)) (i32.const 2))))
        (local.set $rowEnd (i32.add (local.get $at) (i32.shl (local.get $n) (i32.const 2))))
        (local.set $vecEnd (i32.add (local.get $at) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
        (local.set $b (local.get $bias))
        (block $vecDone
          (loop $vec
            (br_if $vecDone (i32.ge_u (local.get $at) (local.get $vecEnd)))
            (local.set $v (f32x4.add (v128.load (local.get $at)) (v128.load (local.get $b))))
            (if (local.get $relu) (then (local.set $v (f32x4.max (local.get $v) (v128.const f32x4 0 0 0 0)))))
            (v128.store (local.get $at) (local.get $v))
            (local.set $at (i32.add (local.get $at) (i32.const 16)))
            (local.set $b (i32.add (local.get $b) (i32.const 16)))
            (br $vec)))
        (block $tailDone
          (loop $tail
            (br_if $tailDone (i32.ge_u (local.get $at) (local.get $rowEnd)))
            (local.set $x (f32.add (f32.load (local.get $at)) (f32.load (local.get $b))))
            (if (local.get $relu) (then (local.set $x (f32.max (local.get $x) (f32.const 0)))))
            (f32.store (local.get $at) (local.get $x))
            (local.set $at (i32.add (local.get $at) (i32.const 4)))
            (local.set $b (i32.add (local.get $b) (i32.const 4)))
            (br $tail)))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $nextRow))))

  ;; d[i] = a[i] > 0 ? d[i] : 0 for count entries (ReLU's slope, from its output a).
  (func (export "reluBackward") (param $d i32) (param $a i32) (param $count i32)
    (local $end i32) (local $vecEnd i32)
    (local.set $end (i32.add (local.get $d) (i32.shl (local.get $count) (i32.const 2))))
    (local.set $vecEnd (i32.add (local.get $d) (i32.shl (i32.and (local.get $count) (i32.const -4)) (i32.const 2))))
    (block $vecDone
      (loop $vec
        (br_if $vecDone (i32.ge_u (local.get $d) (local.get $vecEnd)))
        (v128.store (local.get $d)
          (v128.and (v128.load (local.get $d))
            (f32x4.gt (v128.load (local.get $a)) (v128.const f32x4 0 0 0 0))))
        (local.set $d (i32.add (local.get $d) (i32.const 16)))
        (local.set $a (i32.add (local.get $a) (i32.const 16)))
        (br $vec)))
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
    (local $end i32) (local $vecEnd i32)
    (local.set $end (i32.add (local.get $a) (i32.shl (local.get $count) (i32.const 2))))
    (local.set $vecEnd (i32.add (local.get $a) (i32.shl (i32.and (local.get $count) (i32.const -4)) (i32.const 2))))
    (block $vecDone
      (loop $vec
        (br_if $vecDone (i32.ge_u (local.get $a) (local.get $vecEnd)))
        (v128.store (local.get $a) (f32x4.mul (v128.load (local.get $a)) (v128.load (local.get $b))))
        (local.set $a (i32.add (local.get $a) (i32.const 16)))
        (local.set $b (i32.add (local.get $b) (i32.const 16)))
        (br $vec)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $a) (local.get $end)))
        (f32.store (local.get $a) (f32.mul (f32.load (local.get $a)) (f32.load (local.get $b))))
        (local.set $a (i32.add (local.get $a) (i32.const 4)))
        (local.set $b (i32.add (local.get $b) (i32.const 4)))
        (br $next))))

  ;; out[j] = Σᵢ d[i, j] over m rows of n (the bias gradient), rows added in order.
  (func (export "columnSums") (param $d i32) (param $out i32) (param $m i32) (param $n i32)
    (local $row i32) (local $o i32) (local $outEnd i32) (local $vecEnd i32)
    (local.set $outEnd (i32.add (local.get $out) (i32.shl (local.get $n) (i32.const 2))))
    (local.set $vecEnd (i32.add (local.get $out) (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2))))
    (call $zero (local.get $out) (local.get $outEnd))
    (block $rowsDone
      (loop $nextRow
        (br_if $rowsDone (i32.ge_u (local.get $row) (local.get $m)))
        (local.set $o (local.get $out))
        (block $vecDone
          (loop $vec
            (br_if $vecDone (i32.ge_u (local.get $o) (local.get $vecEnd)))
            (v128.store (local.get $o) (f32x4.add (v128.load (local.get $o)) (v128.load (local.get $d))))
            (local.set $o (i32.add (local.get $o) (i32.const 16)))
            (local.set $d (i32.add (local.get $d) (i32.const 16)))
            (br $vec)))
        (block $tailDone
          (loop $tail
            (br_if $tailDone (i32.ge_u (local.get $o) (local.get $outEnd)))
            (f32.store (local.get $o) (f32.add (f32.load (local.get $o)) (f32.load (local.get $d))))
            (local.set $o (i32.add (local.get $o) (i32.const 4)))
            (local.set $d (i32.add (local.get $d) (i32.const 4)))
            (br $tail)))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $nextRow))))

  ;; One dense Adam step in place over count entries, as adam.ts's adamStepInPlace does it: every value in
  ;; float64 (two lanes at a time, lane by lane the same IEEE operations in the same order), stored as float32.
  ;;   g = grad + decay · p;  m' = β1·m + (1 − β1)·g;  v' = β2·v + ((1 − β2)·g)·g;  p −= (step · m') / (√v' · vScale + ε)
  ;; The constants come from JavaScript (oneMinusB1 = 1 − β1 as JavaScript rounds it, and so on).
  (func (export "adam")
    (param $p i32) (param $grad i32) (param $m i32) (param $v i32) (param $count i32)
    (param $decay f64) (param $b1 f64) (param $oneMinusB1 f64) (param $b2 f64) (param $oneMinusB2 f64)
    (param $step f64) (param $vScale f64) (param $eps f64)
    (local $end i32) (local $pairsEnd i32) (local $g v128) (local $mi v128) (local $vi v128) (local $pv v128)
    (local $gs f64) (local $ms f64) (local $vs f64) (local $ps f64)
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $count) (i32.const 2))))
    (local.set $pairsEnd (i32.add (local.get $p) (i32.shl (i32.and (local.get $count) (i32.const -2)) (i32.const 2))))
    (block $pairsDone
      (loop $pair
        (br_if $pairsDone (i32.ge_u (local.get $p) (local.get $pairsEnd)))
        (local.set $pv (f64x2.promote_low_f32x4 (v128.load64_zero (local.get $p))))
        (local.set $g
          (f64x2.add (f64x2.promote_low_f32x4 (v128.load64_zero (local.get $grad)))
            (f64x2.mul (f64x2.splat (local.get $decay)) (local.get $pv))))
        (local.set $mi
          (f64x2.add (f64x2.mul (f64x2.splat (local.get $b1)) (f64x2.promote_low_f32x4 (v128.load64_zero (local.get $m))))
            (f64x2.mul (f64x2.splat (local.get $oneMinusB1)) (local.get $g))))
        (local.set $vi
          (f64x2.add (f64x2.mul (f64x2.splat (local.get $b2)) (f64x2.promote_low_f32x4 (v128.load64_zero (local.get $v))))
            (f64x2.mul (f64x2.mul (f64x2.splat (local.get $oneMinusB2)) (local.get $g)) (local.get $g))))
        (v128.store64_lane 0 (local.get $m) (f32x4.demote_f64x2_zero (local.get $mi)))
        (v128.store64_lane 0 (local.get $v) (f32x4.demote_f64x2_zero (local.get $vi)))
        (v128.store64_lane 0 (local.get $p)
          (f32x4.demote_f64x2_zero
            (f64x2.sub (local.get $pv)
              (f64x2.div (f64x2.mul (f64x2.splat (local.get $step)) (local.get $mi))
                (f64x2.add (f64x2.mul (f64x2.sqrt (local.get $vi)) (f64x2.splat (local.get $vScale)))
                  (f64x2.splat (local.get $eps)))))))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (local.set $grad (i32.add (local.get $grad) (i32.const 8)))
        (local.set $m (i32.add (local.get $m) (i32.const 8)))
        (local.set $v (i32.add (local.get $v) (i32.const 8)))
        (br $pair)))
    (block $done
      (loop $one
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $ps (f64.promote_f32 (f32.load (local.get $p))))
        (local.set $gs (f64.add (f64.promote_f32 (f32.load (local.get $grad))) (f64.mul (local.get $decay) (local.get $ps))))
        (local.set $ms (f64.add (f64.mul (local.get $b1) (f64.promote_f32 (f32.load (local.get $m))))
          (f64.mul (local.get $oneMinusB1) (local.get $gs))))
        (local.set $vs (f64.add (f64.mul (local.get $b2) (f64.promote_f32 (f32.load (local.get $v))))
          (f64.mul (f64.mul (local.get $oneMinusB2) (local.get $gs)) (local.get $gs))))
        (f32.store (local.get $m) (f32.demote_f64 (local.get $ms)))
        (f32.store (local.get $v) (f32.demote_f64 (local.get $vs)))
        (f32.store (local.get $p)
          (f32.demote_f64 (f64.sub (local.get $ps)
            (f64.div (f64.mul (local.get $step) (local.get $ms))
              (f64.add (f64.mul (f64.sqrt (local.get $vs)) (local.get $vScale)) (local.get $eps))))))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (local.set $grad (i32.add (local.get $grad) (i32.const 4)))
        (local.set $m (i32.add (local.get $m) (i32.const 4)))
        (local.set $v (i32.add (local.get $v) (i32.const 4)))
        (br $one))))
)
