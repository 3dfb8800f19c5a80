#!/usr/bin/env bash
# Regenerates dnstwist/<domain>.txt and dnstwist/<domain>.fuzzers.tsv.
# Requires Debian's dnstwist package (apt-get install -y dnstwist).
# Everything runs inside an empty network namespace (unshare -n): no DNS, no HTTP.
set -euo pipefail
cd "$(dirname "$0")"
out=dnstwist
mkdir -p "$out"
DOMAINS="alipay.com icbc.com.cn ccb.com cmbchina.com taobao.com paypal.com unionpay.com
10086.cn pinduoduo.com chinamobile.com jdpay.com bankofchina.com
qq.com jd.com 95516.com sf-express.com hsbc.com.hk 12306.cn"
for d in $DOMAINS; do
  # 1) plain list output: one domain per line, sorted by dnstwist (fuzzer, domain).
  #    --format list returns before any DNS/HTTP work in this version.
  #    Remove the original domain and exact duplicates (keep first occurrence, keep order).
  unshare -n dnstwist --format list "$d" | grep -vxF "$d" | awk 'NF && !seen[$0]++' > "$out/$d.txt"
  # 2) domain -> fuzzer mapping via dnstwist's own Fuzzer class (the same code
  #    the CLI runs before printing; the csv/json formats would additionally try DNS).
  unshare -n /usr/bin/python3 -I - "$d" > "$out/$d.fuzzers.tsv" <<'PY'
import sys
sys.path.insert(0, '/usr/lib/python3/dist-packages')
import dnstwist
d = sys.argv[1]
url = dnstwist.UrlParser(d)
f = dnstwist.Fuzzer(url.domain)
f.generate()
print("domain\tfuzzer")
for p in sorted(f.domains):          # same ordering as --format list
    if p['domain'] and p['domain'] != d:
        print(f"{p['domain']}\t{p['fuzzer']}")
PY
  # consistency check: the tsv covers exactly the list
  if ! diff <(tail -n +2 "$out/$d.fuzzers.tsv" | cut -f1 | sort) <(sort "$out/$d.txt") >/dev/null; then
    echo "MISMATCH list vs tsv for $d" >&2; exit 1
  fi
  printf '%s\t%s\n' "$d" "$(wc -l < "$out/$d.txt")"
done
