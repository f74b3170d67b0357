#!/usr/bin/env python3
"""Precision and recall of `owl license check` against the hand-made reference lists in lists/*.tsv.

usage: score.py [--jar target/owl.jar] [--mirrors DIR] [--work DIR] [--show] [LIST.tsv ...]

For each list: export the pinned commit's files in the list's scope from a local mirror
(DIR/<owner>+<name>/repo, as `fetch` leaves them) or, failing that, a shallow clone from GitHub;
run owl over exactly those paths from the checkout's root; compare.

A reference counts once per (file, line, reference): the list and owl's output are both sets, so a
Markdown link whose text and target name the same model is one reference. References compare
case-insensitively after dropping https://, huggingface.co/, hf.co/, node-llama-cpp's hf: (and a .gguf file after its repo), ollama.com/library/ (or the older ollama.ai/library/), one provider route (ROUTES) and one
trailing router suffix (SUFFIXES).
A found reference whose model differs from the list's (or that resolves where the list says the catalog
has no such model) is a wrong model; it is a wrong license when the licenses differ or the list's is unknown.
A found reference that owl leaves unresolved where the list names a catalog model is counted as unresolved (not wrong).
"""
import argparse, hashlib, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# Before `references` existed in the JSON (the baseline), allow only a license no open model has, so that every
# reference yields a finding; with `references` the policy does not matter.
POLICY = "licenses:\n  allow: [proprietary]\n"

# A provider route written before a model (LiteLLM's groq/…, ollama/…, openrouter/…, an eval tool's vllm/…): lists made in
# different rounds wrote it whole or dropped it, and owl reports it whole. Both sides drop one such segment before comparing,
# so a route and its model are one reference (the model found is compared as before).
ROUTES = ("groq|together_ai|together|openrouter|fireworks_ai|ollama|ollama_chat|openai|hosted_vllm|huggingface|watsonx|"
          "nvidia_nim|sambanova|cerebras|nebius|mistral|databricks|anyscale|bedrock|meta_llama|deepinfra|replicate|vertex_ai|"
          "azure|perplexity|lm_studio|vllm|sglang|hf-inference-providers|litellm_proxy")

# A router's policy or provider suffix after a model (Hugging Face's router: org/name:fastest, :groq; OpenRouter's variants:
# …:free, :nitro) picks who serves the model, not which model: both sides drop one, as they drop a leading route. Added after
# round 16, whose one list without suffixes (hub-docs-inference-guides) had scored the spelling, not the finding.
SUFFIXES = ("fastest|cheapest|preferred|cerebras|cohere|fal-ai|featherless-ai|fireworks-ai|groq|hf-inference|hyperbolic|nebius|"
            "novita|nscale|ovhcloud|publicai|replicate|sambanova|scaleway|together|wavespeed|zai-org|free|nitro|floor|online|extended")

def norm(ref):
    r = ref.strip().lower()
    r = re.sub(r"^https?://", "", r)
    r = re.sub(r"^(www\.)?(huggingface\.co|hf\.co)/", "", r)
    # node-llama-cpp's hf:org/repo[:quant] and hf:org/repo/file.gguf name the repo as an hf.co URL does (lists wrote them
    # whole; owl reports the repo id): drop the scheme and a .gguf file after the repo. Added in the seventeenth session (rows of the aider and node-llama-cpp-guide lists).
    if r.startswith("hf:") and not r.startswith("hf://"):
        r = re.sub(r"^([^/]+/[^/]+)/[^/]+\.gguf$", r"\1", r[3:])
    r = re.sub(r"^ollama\.(com|ai)/library/", "", r)
    r = re.sub(r"^(" + ROUTES + r")/(?=.)", "", r)
    r = re.sub(r"(?<=.):(" + SUFFIXES + r")$", "", r)
    return r.rstrip("/")

def read_list(path):
    meta, rows = {}, []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#"):
            m = re.match(r"#\s*(\w+):\s*(.*)", line)
            if m and m.group(1) not in meta:
                meta[m.group(1)] = m.group(2).strip()
            continue
        if line.strip():
            f, n, ref, model = line.split("\t")
            rows.append((f, int(n), ref, model))
    return meta, rows

def checkout(meta, mirrors, work):
    repo, commit, scope = meta["repo"], meta["commit"], meta["scope"].split()
    # one tree per (repository, commit, scope): two lists of one repository at one commit may cover different paths
    tag = hashlib.sha1(" ".join(scope).encode()).hexdigest()[:8]
    dest = os.path.join(work, repo.replace("/", "+") + "@" + commit[:12] + "-" + tag)
    if os.path.isdir(dest):
        return dest, scope
    os.makedirs(dest)
    git = os.path.join(mirrors, repo.replace("/", "+"), "repo")
    if not os.path.isdir(git):
        git = os.path.join(work, repo.replace("/", "+") + ".git")
        if not os.path.isdir(git):
            subprocess.run(["git", "clone", "--bare", "--filter=blob:none", "https://github.com/" + repo, git], check=True)
    try:
        archive = subprocess.run(["git", "-C", git, "archive", commit, "--"] + scope, capture_output=True)
        if archive.returncode == 0:
            subprocess.run(["tar", "-x", "-C", dest], input=archive.stdout, check=True)
        else:
            export_files(git, commit, scope, dest)
    except subprocess.CalledProcessError:
        subprocess.run(["rm", "-rf", dest])
        raise
    return dest, scope

def export_files(git, commit, scope, dest):
    """File by file, for a mirror that lacks some large blobs (`fetch` may list a big file it did not bring): git archive stops at
    the first missing one. Each missing file is named on stderr; the lists' own files are text and present."""
    listing = subprocess.run(["git", "-C", git, "ls-tree", "-r", "-z", commit, "--"] + scope, check=True, capture_output=True).stdout
    for entry in filter(None, listing.split(b"\0")):
        info, path = entry.split(b"\t", 1)
        mode, kind, sha = info.split()
        if kind != b"blob" or mode == b"120000":
            continue
        blob = subprocess.run(["git", "-C", git, "cat-file", "blob", sha], capture_output=True)
        if blob.returncode != 0:
            print("not in the mirror, left out: " + path.decode(), file=sys.stderr)
            continue
        target = os.path.join(dest, path.decode())
        os.makedirs(os.path.dirname(target), exist_ok=True)
        open(target, "wb").write(blob.stdout)

def run_owl(jar, tree, scope, work):
    policy = os.path.join(work, "bench-policy.yaml")
    open(policy, "w").write(POLICY)
    p = subprocess.run(["java", "-jar", os.path.abspath(jar), "license", "check", "--policy", policy, "--format", "json"] + scope,
                       cwd=tree, capture_output=True, text=True)
    if p.returncode not in (0, 1):
        sys.exit("owl failed (exit %d): %s" % (p.returncode, p.stderr.strip()))
    doc = json.loads(p.stdout)
    items = doc.get("references")
    if items is None:
        items = doc["findings"]
    found = {}
    for it in items:
        if it.get("file") is None:
            continue
        key = (re.sub(r"^\./", "", it["file"]), int(it["line"]), norm(it["reference"]))
        found.setdefault(key, it.get("model"))
    return found

def licenses(jar):
    out = subprocess.run(["java", "-jar", jar, "list", "--all", "--format", "json"], capture_output=True, text=True, check=True).stdout
    return {m["id"]: m["license"] for m in json.loads(out)}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", default=os.path.join(ROOT, "target", "owl.jar"))
    ap.add_argument("--mirrors", default="/work/.mirror")
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "owl-license-scan"))
    ap.add_argument("--show", action="store_true", help="print each miss and each false finding")
    ap.add_argument("lists", nargs="*")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    lic = licenses(a.jar)
    paths = a.lists or sorted(os.path.join(HERE, "lists", f) for f in os.listdir(os.path.join(HERE, "lists")) if f.endswith(".tsv"))
    print("%-28s %-9s %5s %5s %5s %9s %7s %6s %8s %6s" % ("repository", "role", "refs", "found", "tp", "precision", "recall", "wrong", "wrong_lic", "unres"))
    total = [0] * 6  # refs, found, tp, wrong, wrong_lic, unresolved over every list: the micro figures
    for path in paths:
        meta, rows = read_list(path)
        tree, scope = checkout(meta, a.mirrors, a.work)
        found = run_owl(a.jar, tree, scope, a.work)
        expected = {}
        for f, n, ref, model in rows:
            expected[(f, n, norm(ref))] = model
        tp = set(expected) & set(found)
        wrong = wrong_lic = unresolved = 0
        for k in sorted(tp):
            want, got = expected[k], found[k]
            if got is None and want != "-":
                unresolved += 1
                if a.show:
                    print("  unresolved   %s:%d %s (list: %s)" % (k[0], k[1], k[2], want))
            if got is None or got == want:
                continue
            wrong += 1
            if want == "-" or lic.get(got) != lic.get(want):
                wrong_lic += 1
            if a.show:
                print("  wrong model  %s:%d %s -> %s (list: %s)" % (k[0], k[1], k[2], got, want))
        if a.show:
            for k in sorted(set(expected) - set(found)):
                print("  missed       %s:%d %s" % k)
            for k in sorted(set(found) - set(expected)):
                print("  not a model  %s:%d %s" % k)
        prec = len(tp) / len(found) if found else 1.0
        rec = len(tp) / len(expected) if expected else 1.0
        role = meta.get("role", "?").split()[0]
        print("%-28s %-9s %5d %5d %5d %9.3f %7.3f %6d %8d %6d" % (meta["repo"], role, len(expected), len(found), len(tp), prec, rec, wrong, wrong_lic, unresolved))
        total = [t + v for t, v in zip(total, (len(expected), len(found), len(tp), wrong, wrong_lic, unresolved))]
    if len(paths) > 1:
        print("%-28s %-9s %5d %5d %5d %9.3f %7.3f %6d %8d %6d" % ("micro (%d lists)" % len(paths), "", total[0], total[1], total[2],
              total[2] / total[1] if total[1] else 1.0, total[2] / total[0] if total[0] else 1.0, total[3], total[4], total[5]))

if __name__ == "__main__":
    main()
