;; probe: a minimal CosmWasm contract (interface_version_8) written by hand, for what the fixtures lack —
;; sub-messages with replies, and cross-VM calls queued by a Wasm contract with their callback.
;; It reads its message by its first key only (the byte after `{"`) and keeps raw JSON in storage:
;;   instantiate(msg)                       stores msg under "cfg"
;;   execute {"submsg":<SubMsg JSON>}       returns a Response whose messages are [<SubMsg JSON>]
;;   execute {"crossvm_callback":…}         stores the message under "cb"
;;   execute {"fail":…}                     returns a contract error
;;   execute {"query":<QueryRequest JSON>}  asks query_chain, stores the raw answer under "q"
;;   execute anything else                  stores the message under "last"
;;   reply(<Reply JSON>)                    stores it under "reply", answers with data "replied"
;; Tests read its storage with raw queries.
(module
  (import "env" "db_write" (func $db_write (param i32 i32)))
  (import "env" "query_chain" (func $query_chain (param i32) (result i32)))
  (memory (export "memory") 2)
  (global $heap (mut i32) (i32.const 65536))

  ;; Responses
  (data (i32.const 1024) "{\"ok\":{\"messages\":[],\"attributes\":[],\"events\":[],\"data\":null}}")
  (data (i32.const 1200) "{\"ok\":{\"messages\":[")
  (data (i32.const 1300) "],\"attributes\":[{\"key\":\"action\",\"value\":\"submsg\"}],\"events\":[],\"data\":null}}")
  (data (i32.const 1500) "{\"ok\":{\"messages\":[],\"attributes\":[{\"key\":\"action\",\"value\":\"callback\"}],\"events\":[],\"data\":null}}")
  (data (i32.const 1700) "{\"error\":\"failing on purpose\"}")
  (data (i32.const 1800) "{\"ok\":{\"messages\":[],\"attributes\":[{\"key\":\"action\",\"value\":\"reply\"}],\"events\":[],\"data\":\"cmVwbGllZA==\"}}")
  ;; Keys
  (data (i32.const 2000) "cfg")
  (data (i32.const 2010) "last")
  (data (i32.const 2020) "cb")
  (data (i32.const 2030) "reply")
  (data (i32.const 2040) "q")

  (func (export "interface_version_8"))

  ;; A region (offset, capacity, length) followed by its capacity in bytes; a bump allocator.
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

  (func $copy (param $dst i32) (param $src i32) (param $n i32)
    (block $done
      (loop $l
        (br_if $done (i32.eqz (local.get $n)))
        (i32.store8 (local.get $dst) (i32.load8_u (local.get $src)))
        (local.set $dst (i32.add (local.get $dst) (i32.const 1)))
        (local.set $src (i32.add (local.get $src) (i32.const 1)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $l))))

  ;; A new region holding n bytes from src.
  (func $bytes (param $src i32) (param $n i32) (result i32)
    (local $r i32)
    (local.set $r (call $allocate (local.get $n)))
    (call $copy (i32.load (local.get $r)) (local.get $src) (local.get $n))
    (i32.store offset=8 (local.get $r) (local.get $n))
    (local.get $r))

  (func $store (param $key i32) (param $keylen i32) (param $value i32)
    (call $db_write (call $bytes (local.get $key) (local.get $keylen)) (local.get $value)))

  (func (export "instantiate") (param $env i32) (param $info i32) (param $msg i32) (result i32)
    (call $store (i32.const 2000) (i32.const 3) (local.get $msg))
    (call $bytes (i32.const 1024) (i32.const 62)))

  (func (export "execute") (param $env i32) (param $info i32) (param $msg i32) (result i32)
    (local $first i32) (local $len i32) (local $inner i32) (local $r i32) (local $out i32)
    (local.set $len (i32.load offset=8 (local.get $msg)))
    (local.set $first (i32.load8_u offset=2 (i32.load (local.get $msg))))
    ;; {"submsg":X} → {"ok":{"messages":[X],…}}
    (if (i32.eq (local.get $first) (i32.const 115))
      (then
        (local.set $inner (i32.sub (local.get $len) (i32.const 11)))
        (local.set $r (call $allocate (i32.add (local.get $inner) (i32.const 95))))
        (local.set $out (i32.load (local.get $r)))
        (call $copy (local.get $out) (i32.const 1200) (i32.const 19))
        (call $copy (i32.add (local.get $out) (i32.const 19)) (i32.add (i32.load (local.get $msg)) (i32.const 10)) (local.get $inner))
        (call $copy (i32.add (i32.add (local.get $out) (i32.const 19)) (local.get $inner)) (i32.const 1300) (i32.const 76))
        (i32.store offset=8 (local.get $r) (i32.add (local.get $inner) (i32.const 95)))
        (return (local.get $r))))
    (if (i32.eq (local.get $first) (i32.const 99))
      (then
        (call $store (i32.const 2020) (i32.const 2) (local.get $msg))
        (return (call $bytes (i32.const 1500) (i32.const 97)))))
    (if (i32.eq (local.get $first) (i32.const 102))
      (then (return (call $bytes (i32.const 1700) (i32.const 30)))))
    ;; {"query":Q} → query_chain(Q), the answer stored under "q"
    (if (i32.eq (local.get $first) (i32.const 113))
      (then
        (call $store (i32.const 2040) (i32.const 1)
          (call $query_chain (call $bytes (i32.add (i32.load (local.get $msg)) (i32.const 9)) (i32.sub (local.get $len) (i32.const 10)))))
        (return (call $bytes (i32.const 1024) (i32.const 62)))))
    (call $store (i32.const 2010) (i32.const 4) (local.get $msg))
    (call $bytes (i32.const 1024) (i32.const 62)))

  (func (export "reply") (param $env i32) (param $msg i32) (result i32)
    (call $store (i32.const 2030) (i32.const 5) (local.get $msg))
    (call $bytes (i32.const 1800) (i32.const 104)))
)
