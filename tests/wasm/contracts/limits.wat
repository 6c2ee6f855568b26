;; limits: a hand-written CosmWasm contract (interface_version_8) for the Wasm runtime's float semantics and
;; runtime limits. execute reads its message by its first key's first letter (the byte after `{"`):
;;   {"f":0}  float operations whose NaN bits the hardware chooses, and saturating conversions; the 48 result
;;            bytes are stored under "f" (f64 0/0, f32 sqrt(-1), f64 NaN+1, f32 demote of a NaN, f64 1.5×2.25,
;;            i32.trunc_sat_f64_s(1e30), i64.trunc_sat_f32_u(-5), i32.trunc_sat_f32_s(NaN))
;;   {"t":0}  i32.trunc_f64_s of a NaN (traps)       {"o":0}  i32.trunc_f64_s of 1e30 (traps)
;;   {"g":0}  memory.grow by one page until it fails; the final memory.size (i32) is stored under "g"
;;   {"r":N}  recursion N deep with small frames      {"h":N}  recursion N deep with 100 i64 locals per frame
;;   {"q":N,"x":<QueryRequest>}  recursion N deep, then query_chain(<QueryRequest>) at the bottom; the raw
;;            answer is stored under "q"
;; query {"r":N} recurses N deep and answers {}.
(module
  (import "env" "db_write" (func $db_write (param i32 i32)))
  (import "env" "query_chain" (func $query_chain (param i32) (result i32)))
  (memory (export "memory") 2)
  (global $heap (mut i32) (i32.const 65536))

  (data (i32.const 1024) "{\"ok\":{\"messages\":[],\"attributes\":[],\"events\":[],\"data\":null}}")
  (data (i32.const 2000) "f")
  (data (i32.const 2001) "g")
  (data (i32.const 2002) "q")
  (data (i32.const 1100) "{\"ok\":\"e30=\"}")

  (func (export "interface_version_8"))

  (func $allocate (export "allocate") (param $size i32) (result i32)
    (local $r i32)
    (local.set $r (global.get $heap))
    (global.set $heap (i32.and (i32.add (i32.add (local.get $r) (i32.add (local.get $size) (i32.const 12))) (i32.const 7)) (i32.const -8)))
    (block $ok
      (loop $grow
        (br_if $ok (i32.le_u (global.get $heap) (i32.mul (memory.size) (i32.const 65536))))
        (drop (memory.grow (i32.const 1)))
        (br $grow)))
    (i32.store (local.get $r) (i32.add (local.get $r) (i32.const 12)))
    (i32.store offset=4 (local.get $r) (local.get $size))
    (i32.store offset=8 (local.get $r) (i32.const 0))
    (local.get $r))
  (func (export "deallocate") (param i32))

  ;; A new region holding n bytes from src.
  (func $bytes (param $src i32) (param $n i32) (result i32)
    (local $r i32) (local $i i32)
    (local.set $r (call $allocate (local.get $n)))
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (i32.store8 (i32.add (i32.load (local.get $r)) (local.get $i)) (i32.load8_u (i32.add (local.get $src) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (i32.store offset=8 (local.get $r) (local.get $n))
    (local.get $r))

  ;; The decimal number starting 5 bytes into the message ({"x":N}).
  (func $number (param $msg i32) (result i32)
    (local $p i32) (local $end i32) (local $n i32) (local $c i32)
    (local.set $p (i32.add (i32.load (local.get $msg)) (i32.const 5)))
    (local.set $end (i32.add (i32.load (local.get $msg)) (i32.load offset=8 (local.get $msg))))
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)))
        (br_if $done (i32.gt_u (local.get $c) (i32.const 9)))
        (local.set $n (i32.add (i32.mul (local.get $n) (i32.const 10)) (local.get $c)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $l)))
    (local.get $n))

  (func $light (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n))
      (then (i32.const 0))
      (else (i32.add (i32.const 1) (call $light (i32.sub (local.get $n) (i32.const 1)))))))

  (func $heavy (param $n i32) (result i32)
    (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64
           i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64
           i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64
           i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64
           i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
    (if (result i32) (i32.eqz (local.get $n))
      (then (i32.const 0))
      (else (i32.add (i32.const 1) (call $heavy (i32.sub (local.get $n) (i32.const 1)))))))

  ;; Recurses n deep (two-parameter frames), then asks query_chain and stores the answer under "q".
  (func $deepq (param $n i32) (param $req i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n))
      (then
        (call $db_write (call $bytes (i32.const 2002) (i32.const 1)) (call $query_chain (local.get $req)))
        (i32.const 0))
      (else (i32.add (i32.const 1) (call $deepq (i32.sub (local.get $n) (i32.const 1)) (local.get $req))))))

  ;; {"q":N,"x":R}: the region of R (after the digits and `,"x":`, up to the closing brace).
  (func $request (param $msg i32) (result i32)
    (local $p i32) (local $end i32)
    (local.set $p (i32.add (i32.load (local.get $msg)) (i32.const 5)))
    (local.set $end (i32.add (i32.load (local.get $msg)) (i32.load offset=8 (local.get $msg))))
    (block $done
      (loop $l
        (br_if $done (i32.gt_u (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)) (i32.const 9)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $l)))
    (local.set $p (i32.add (local.get $p) (i32.const 5)))
    (call $bytes (local.get $p) (i32.sub (i32.sub (local.get $end) (i32.const 1)) (local.get $p))))

  (func (export "query") (param $env i32) (param $msg i32) (result i32)
    (drop (call $light (call $number (local.get $msg))))
    (call $bytes (i32.const 1100) (i32.const 13)))

  (func (export "instantiate") (param $env i32) (param $info i32) (param $msg i32) (result i32)
    (call $bytes (i32.const 1024) (i32.const 62)))

  (func (export "execute") (param $env i32) (param $info i32) (param $msg i32) (result i32)
    (local $first i32)
    (local.set $first (i32.load8_u offset=2 (i32.load (local.get $msg))))
    (if (i32.eq (local.get $first) (i32.const 102)) ;; f
      (then
        (f64.store (i32.const 3000) (f64.div (f64.const 0) (f64.const 0)))
        (f32.store (i32.const 3008) (f32.sqrt (f32.const -1)))
        (f64.store (i32.const 3012) (f64.add (f64.const nan:0x4) (f64.const 1)))
        (f32.store (i32.const 3020) (f32.demote_f64 (f64.const -nan:0x8000000001)))
        (f64.store (i32.const 3024) (f64.mul (f64.const 1.5) (f64.const 2.25)))
        (i32.store (i32.const 3032) (i32.trunc_sat_f64_s (f64.const 1e30)))
        (i64.store (i32.const 3036) (i64.trunc_sat_f32_u (f32.const -5)))
        (i32.store (i32.const 3044) (i32.trunc_sat_f32_s (f32.const nan)))
        (call $db_write (call $bytes (i32.const 2000) (i32.const 1)) (call $bytes (i32.const 3000) (i32.const 48)))))
    (if (i32.eq (local.get $first) (i32.const 116)) ;; t
      (then (drop (i32.trunc_f64_s (f64.const nan)))))
    (if (i32.eq (local.get $first) (i32.const 111)) ;; o
      (then (drop (i32.trunc_f64_s (f64.const 1e30)))))
    (if (i32.eq (local.get $first) (i32.const 103)) ;; g
      (then
        (block $full (loop $more (br_if $full (i32.eq (memory.grow (i32.const 1)) (i32.const -1))) (br $more)))
        (i32.store (i32.const 3100) (memory.size))
        (call $db_write (call $bytes (i32.const 2001) (i32.const 1)) (call $bytes (i32.const 3100) (i32.const 4)))))
    (if (i32.eq (local.get $first) (i32.const 114)) ;; r
      (then (drop (call $light (call $number (local.get $msg))))))
    (if (i32.eq (local.get $first) (i32.const 104)) ;; h
      (then (drop (call $heavy (call $number (local.get $msg))))))
    (if (i32.eq (local.get $first) (i32.const 113)) ;; q
      (then (drop (call $deepq (call $number (local.get $msg)) (call $request (local.get $msg))))))
    (call $bytes (i32.const 1024) (i32.const 62)))
)
