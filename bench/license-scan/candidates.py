#!/usr/bin/env python3
"""Print the lines of the given files that could hold a model reference, for building a hand list.

A notebook's cell sources are printed with the .ipynb file's own line numbers (each source line is one
JSON string on its own line in a pretty-printed notebook). The filter is deliberately broad: every line
with an org/name-shaped token, a model-family word or the word "model"; the person building the list
reads each one and decides. This tool never decides what is a model.
"""
import json, re, sys

BROAD = re.compile(r"[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*|model|llama|qwen|mistral|mixtral|gemma|phi-?\d|deepseek|gpt|smol|"
                   r"zephyr|falcon|granite|olmo|stral|tinyllama|bert|t5|nomic|bge|e5-|minilm|vicuna|hermes|yi-|kimi|glm|"
                   r"internlm|baichuan|starcoder|llava|idefics|florence|whisper|clip|siglip|ollama", re.I)

def lines_of(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    if path.endswith(".ipynb"):
        raw = text.split("\n")
        try:
            nb = json.loads(text)
        except ValueError:
            return [(i + 1, l) for i, l in enumerate(raw)]
        out, cursor = [], 0
        for cell in nb.get("cells", []):
            src = cell.get("source", [])
            src = src if isinstance(src, list) else src.split("\n")
            for s in src:
                enc = json.dumps(s.rstrip("\n"), ensure_ascii=False)[1:-1][:40]
                j = cursor
                while j < len(raw) and enc not in raw[j]:
                    j += 1
                if j < len(raw):
                    cursor = j
                out.append((cursor + 1, cell.get("cell_type", "?")[0] + "| " + s.rstrip("\n")))
        return out
    return [(i + 1, l) for i, l in enumerate(text.split("\n"))]

for path in sys.argv[1:]:
    for n, l in lines_of(path):
        if BROAD.search(l) and len(l) < 400:
            print(f"{path}:{n}: {l.strip()}")
