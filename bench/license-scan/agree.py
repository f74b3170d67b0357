#!/usr/bin/env python3
"""How far two hand-made lists of the same scope agree: the ceiling a scanner's measured precision and recall can reach.

usage: agree.py [--show] A.tsv B.tsv

Both lists must name the same repository, commit and scope. References compare as score.py compares them (one per file, line,
normalised name). Prints B's precision and recall taking A as the truth (swap the arguments for the other direction), the
F1 both directions share, and how often the two lists name the same catalog model for a reference both list.
"""
import argparse, sys
from score import norm, read_list

def keyed(rows):
    return {(f, n, norm(ref)): model for f, n, ref, model in rows}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true", help="print each reference only one list has")
    ap.add_argument("a")
    ap.add_argument("b")
    args = ap.parse_args()
    (ma, ra), (mb, rb) = read_list(args.a), read_list(args.b)
    for field in ("repo", "commit", "scope"):
        if ma.get(field) != mb.get(field):
            sys.exit("the lists differ in %s: %r vs %r" % (field, ma.get(field), mb.get(field)))
    a, b = keyed(ra), keyed(rb)
    both = set(a) & set(b)
    same_model = sum(1 for k in both if a[k] == b[k])
    if args.show:
        for k in sorted(set(a) - set(b)):
            print("  only A  %s:%d %s" % k)
        for k in sorted(set(b) - set(a)):
            print("  only B  %s:%d %s" % k)
        for k in sorted(k for k in both if a[k] != b[k]):
            print("  model   %s:%d %s  A: %s  B: %s" % (k + (a[k], b[k])))
    p = len(both) / len(b) if b else 1.0
    r = len(both) / len(a) if a else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print("A %d refs, B %d refs, both %d; B against A: precision %.3f recall %.3f F1 %.3f; same model on %d of %d"
          % (len(a), len(b), len(both), p, r, f1, same_model, len(both)))

if __name__ == "__main__":
    main()
