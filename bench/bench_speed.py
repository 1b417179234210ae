"""Speed of `translate` at production model size, side by side with the ways it could be done.

Random-weight models with the exact shapes of the default models (bench/production_models.py) and
end-of-sentence suppressed, so every sentence runs to the same length cap in every variant:
sentence i generates the cap of its pipeline batch (max of 2 x source tokens + 10 over the batch)
in every variant, the naive loop included. Variants, each in its own process (for peak RSS):

  naive       transformers fp32, one sentence at a time, beam 4 (MarianMTModel.generate)
  hf-batched  the tool with --engine transformers: its length-sorted batching, same caps
  default     the tool's defaults end to end: Translator(Settings(models=...)).translate_document
  ct2-raw     ctranslate2.Translator.translate_batch on the same batches, pre-tokenized, same threads

Usage:
  python bench/bench_speed.py                               # everything, all three languages
  python bench/bench_speed.py --langs hu --repeats 3 --variants default,ct2-raw --sentences 12
  python bench/bench_speed.py --naive-sentences 6           # naive loop on 6 sentences, scaled per token
  python bench/bench_speed.py --no-quality --no-help-time --json out.json
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import production_models as pm  # noqa: E402

VARIANTS = ("naive", "hf-batched", "default", "ct2-raw")
LABELS = {
    "naive": "transformers, one sentence at a time",
    "hf-batched": "transformers, the tool's batching",
    "default": "the tool, default settings (end to end)",
    "ct2-raw": "raw CTranslate2 translate_batch, same batches",
}


# ---- shared helpers (worker side) ----------------------------------------------------------------
def article(sentences: int | None) -> tuple[str, list[str]]:
    from translate.text.segmentation import split_sentences

    text = pm.SEED.read_text(encoding="utf-8")
    found = split_sentences(text, "en")
    if sentences:
        found = found[:sentences]
        text = text[: found[-1].end]
    return text, [s.text for s in found]


def plan(folder: Path, lang: str, texts: list[str]):
    """The pipeline's batches for ``texts`` and each sentence's cap (its batch's cap)."""
    from translate.engines.ct2 import thread_layout
    from translate.engines.vocab import MarianVocab
    from translate.languages import DEFAULT_MODELS
    from translate.pipeline import Settings, batch_size_for, plan_batches

    vocab = MarianVocab(folder)
    token = DEFAULT_MODELS[lang].target_token if vocab.language_tokens else None
    pieces = [vocab.encode(t, token) for t in texts]
    lengths = [len(p) for p in pieces]
    settings = Settings()
    # The batches the default engine (CTranslate2 on CPU, thread_layout() workers) gets from the pipeline.
    size = batch_size_for(len(texts), settings.max_batch_size, thread_layout()[0])
    batches = plan_batches(lengths, size, settings.batch_tokens)
    caps = [0] * len(texts)
    batch_caps = []
    for batch in batches:
        cap = max(2 * lengths[i] + 10 for i in batch)
        batch_caps.append(cap)
        for i in batch:
            caps[i] = cap
    return vocab, token, pieces, batches, batch_caps, caps


def peak_rss_mib() -> float:
    """This process's peak RSS. VmHWM, not ru_maxrss: Linux carries ru_maxrss across fork+exec, so a
    worker would report the driver's peak (the driver converts models)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Recorder:
    """Wraps an engine's translate_batches to count decoder steps and repetition retries."""

    def __init__(self, engine) -> None:
        self.engine = engine
        self.steps = 0
        self.retries = 0
        self.short = 0
        inner = engine.translate_batches

        def translate_batches(batches, target_token, max_new_tokens, options):
            if options.no_repeat_ngram_size:
                self.retries += sum(len(b) for b in batches)
            for batch, caps, hyps in zip(batches, max_new_tokens, inner(batches, target_token, max_new_tokens, options), strict=True):
                self.steps += len(batch) * max(caps)  # the batch decodes to its largest cap
                self.short += sum(1 for h, cap in zip(hyps, caps, strict=True) if h.tokens < cap - 1)
                yield hyps

        engine.translate_batches = translate_batches


def worker(args: argparse.Namespace) -> dict:
    variant = args.worker
    started = time.perf_counter()
    text, texts = article(args.sentences)
    folders = {lang: args.models / pm.DEFAULT_FOR_LANG[lang] for lang in args.langs}
    out: dict = {"variant": variant, "langs": {}}
    if variant in ("default", "hf-batched"):
        from translate.pipeline import Settings, Translator

        settings = Settings(
            engine="transformers" if variant == "hf-batched" else "",
            models={lang: str(folders[lang]) for lang in args.langs},
            beam_size=args.beam, device=args.device, allow_download=False,
            threads=args.torch_threads if variant == "hf-batched" else 0,
        )
        translator = Translator(settings)
        first: list[float] = []

        def progress(lang: str, done: int, total: int) -> None:
            if not first:
                first.append(time.perf_counter())

        # Cold: load the first language's model and translate; time to the first finished sentence.
        t0 = time.perf_counter()
        translator.engine_for(args.langs[0])
        loaded = time.perf_counter()
        if not args.no_cold:
            translator.translate_document(text, [args.langs[0]], progress=progress)
            out["first_sentence_s"] = first[0] - t0
        out["load_first_s"] = loaded - t0
        t1 = time.perf_counter()
        for lang in args.langs:
            translator.engine_for(lang)
        out["load_s"] = out["load_first_s"] + time.perf_counter() - t1
        out["engine"] = settings.resolved_engine()
        recorders: dict[int, Recorder] = {}
        for lang in args.langs:
            engine, _ = translator.engine_for(lang)
            recorders[id(engine)] = recorders.get(id(engine)) or Recorder(engine)
        for lang in args.langs:
            engine, _ = translator.engine_for(lang)
            rec = recorders[id(engine)]
            times = []
            for _ in range(args.repeats):
                rec.steps = rec.retries = rec.short = 0
                t = time.perf_counter()
                translator.translate_document(text, [lang])
                times.append(time.perf_counter() - t)
            out["langs"][lang] = {"times": times, "steps": rec.steps, "retries": rec.retries, "short": rec.short}
    elif variant == "ct2-raw":
        from translate.engines.ct2 import _cpu_has_avx512, thread_layout
        from translate.models import ResolvedModel, ensure_ct2

        if "CT2_FORCE_CPU_ISA" not in os.environ and _cpu_has_avx512():
            os.environ["CT2_FORCE_CPU_ISA"] = "AVX512"  # as the engine does
        import ctranslate2

        t0 = time.perf_counter()
        translators = {}
        for lang in args.langs:
            folder = folders[lang]
            if folder not in translators:
                ct2 = ensure_ct2(ResolvedModel(folder, str(folder), "local"), "int8")
                inter, intra = thread_layout()
                device = "cuda" if args.device == "cuda" else "cpu"
                translators[folder] = ctranslate2.Translator(
                    str(ct2), device=device, compute_type="int8" if device == "cpu" else "int8_float16",
                    inter_threads=inter, intra_threads=intra,
                )
        out["load_s"] = time.perf_counter() - t0
        for lang in args.langs:
            _, _, pieces, batches, batch_caps, _ = plan(folders[lang], lang, texts)
            translator = translators[folders[lang]]
            inputs = [[pieces[i] for i in batch] for batch in batches]
            times = []
            for _ in range(args.repeats):
                t = time.perf_counter()
                order = [0, *sorted(range(1, len(inputs)), key=lambda k: -len(inputs[k]) * batch_caps[k])]
                pending = {
                    k: translator.translate_batch(
                        inputs[k], beam_size=args.beam, max_decoding_length=batch_caps[k], max_input_length=0,
                        asynchronous=True,
                    )
                    for k in order
                }
                results = [[r.result() for r in pending[k]] for k in range(len(inputs))]
                times.append(time.perf_counter() - t)
            short = sum(1 for rs, cap in zip(results, batch_caps, strict=True) for r in rs if len(r.hypotheses[0]) < cap - 1)
            steps = sum(len(b) * c for b, c in zip(batches, batch_caps, strict=True))
            out["langs"][lang] = {"times": times, "steps": steps, "retries": 0, "short": short}
    elif variant == "naive":
        import torch
        from transformers import MarianMTModel

        device = "cuda" if args.device == "cuda" else "cpu"
        if args.torch_threads:
            torch.set_num_threads(args.torch_threads)
        t0 = time.perf_counter()
        models = {}
        for lang in args.langs:
            if folders[lang] not in models:
                model = MarianMTModel.from_pretrained(str(folders[lang]))
                models[folders[lang]] = model.to(device).eval()  # type: ignore[arg-type]
        out["load_s"] = time.perf_counter() - t0
        for lang in args.langs:
            vocab, _, pieces, batches, batch_caps, caps = plan(folders[lang], lang, texts)
            model = models[folders[lang]]
            subset = range(min(args.naive_sentences or len(texts), len(texts)))
            times = []
            short = 0
            for _ in range(args.repeats):
                t = time.perf_counter()
                for i in subset:
                    ids = torch.tensor([vocab.to_ids(pieces[i])], device=device)
                    with torch.inference_mode():
                        output = model.generate(
                            input_ids=ids, attention_mask=torch.ones_like(ids), num_beams=args.beam,
                            do_sample=False, max_new_tokens=caps[i], num_return_sequences=1,
                        )
                    short += int(output.shape[1] - 1 < caps[i])
                times.append(time.perf_counter() - t)
            full = sum(caps)
            part = sum(caps[i] for i in subset)
            scale = full / part
            out["langs"][lang] = {
                "times": [t * scale for t in times], "steps": full, "retries": 0, "short": short,
                "measured_sentences": len(subset), "scale": scale,
            }
    out["peak_rss_mib"] = peak_rss_mib()
    out["wall_s"] = time.perf_counter() - started
    return out


# ---- the quantization check (worker side) --------------------------------------------------------
def quality(args: argparse.Namespace) -> dict:
    """Greedy decoding, int8 vs float32 CTranslate2 on the same random weights, EOS not suppressed."""
    from translate.engines.ct2 import _cpu_has_avx512, thread_layout
    from translate.models import ResolvedModel, ensure_ct2

    if "CT2_FORCE_CPU_ISA" not in os.environ and _cpu_has_avx512():
        os.environ["CT2_FORCE_CPU_ISA"] = "AVX512"
    import ctranslate2

    out = {}
    _, texts = article(args.sentences)
    for name in args.quality_models:
        folder = pm.ensure(args.models, name, suppress_eos=False)
        lang = "hu" if "hu" in name else "ru"
        _, _, pieces, batches, batch_caps, _ = plan(folder, lang, texts)
        tokens = {}
        for quant in ("float32", "int8"):
            ct2 = ensure_ct2(ResolvedModel(folder, str(folder), "local"), quant)
            inter, intra = thread_layout()
            translator = ctranslate2.Translator(str(ct2), compute_type=quant, inter_threads=inter, intra_threads=intra)
            seqs: list[list[str]] = []
            for batch, cap in zip(batches, batch_caps, strict=True):
                results = translator.translate_batch(
                    [pieces[i] for i in batch], beam_size=1, max_decoding_length=cap, max_input_length=0
                )
                seqs.extend(r.hypotheses[0] for r in results)
            tokens[quant] = seqs
        pairs = list(zip(tokens["float32"], tokens["int8"], strict=True))
        same = sum(a == b for a, b in pairs)
        # Share of equal tokens position by position, and how long the outputs agree from the start.
        agree = [sum(x == y for x, y in zip(a, b, strict=False)) / max(len(a), len(b), 1) for a, b in pairs]
        prefix = [
            next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))) for a, b in pairs
        ]
        out[name] = {
            "sentences": len(texts), "identical": same,
            "mean_position_agreement": statistics.mean(agree),
            "mean_common_prefix": statistics.mean(prefix),
            "mean_length_float32": statistics.mean(len(s) for s in tokens["float32"]),
        }
    return out


# ---- driver -------------------------------------------------------------------------------------
def help_time(repeats: int = 5) -> dict:
    exe = Path(sys.executable).with_name("translate")
    command = [str(exe), "--help"] if exe.exists() else [sys.executable, "-m", "translate", "--help"]
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    probe = subprocess.run(
        [sys.executable, "-c", "import sys, translate.cli; print(','.join(m for m in ('torch','transformers','ctranslate2') if m in sys.modules))"],
        check=True, capture_output=True, text=True,
    )
    return {"median_s": statistics.median(times), "times": times, "heavy_imports": probe.stdout.strip() or "none"}


def run_worker(args: argparse.Namespace, variant: str, env: dict, repeats: int, cold: bool = True) -> dict:
    command = [sys.executable, __file__, "--_worker", variant, "--langs", ",".join(args.langs),
               "--repeats", str(repeats), "--beam", str(args.beam), "--device", args.device,
               "--models", str(args.models), "--torch-threads", str(args.torch_threads)]
    if args.sentences:
        command += ["--sentences", str(args.sentences)]
    if args.naive_sentences:
        command += ["--naive-sentences", str(args.naive_sentences)]
    if not cold:
        command += ["--_no-cold"]
    print(f"running {variant}…", file=sys.stderr, flush=True)
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode:
        sys.stderr.write(done.stderr[-4000:])
        raise SystemExit(f"worker {variant} failed")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    summary = {lang: [round(t, 2) for t in r["times"]] for lang, r in result["langs"].items()}
    print(f"  {variant}: {summary}, load {result['load_s']:.1f} s, peak RSS {result['peak_rss_mib']:.0f} MiB",
          file=sys.stderr, flush=True)
    return result


def report(results: dict[str, dict], args: argparse.Namespace) -> str:
    lines = []
    beam = f"beam {args.beam}"
    sentences = f"first {args.sentences} sentences" if args.sentences else "whole article (24 sentences)"
    lines.append(f"seed article, {sentences}, {beam}, repeats {args.repeats}, device {args.device}, "
                 f"{len(os.sched_getaffinity(0))} CPUs, torch threads {args.torch_threads or 'default'}, "
                 f"{'variants one after another' if args.no_interleave else 'variants interleaved round-robin'}")
    lines.append("")
    lines.append("| lang | way | seconds (median) | output tokens/s | vs naive | decoder steps | peak RSS MiB (process) |")
    lines.append("|---|---|---|---|---|---|---|")
    for lang in args.langs:
        naive = results.get("naive", {}).get("langs", {}).get(lang)
        base = statistics.median(naive["times"]) if naive else None
        for variant in args.variants:
            r = results[variant]["langs"][lang]
            med = statistics.median(r["times"])
            note = ""
            if "measured_sentences" in r and r["scale"] != 1:
                note = f" (measured on {r['measured_sentences']} sentences, scaled ×{r['scale']:.2f})"
            if r.get("retries"):
                note += f" ({r['retries']} repetition retries)"
            if r.get("short"):
                note += f" ({r['short']} ended before the cap)"
            ratio = f"{base / med:.1f}×" if base else "–"
            lines.append(
                f"| {lang} | {variant}{note} | {med:.2f} | {r['steps'] / med:.0f} | {ratio} | {r['steps']} | "
                f"{results[variant]['peak_rss_mib']:.0f} |"
            )
    lines.append("")
    for variant in args.variants:
        r = results[variant]
        extra = ""
        if "first_sentence_s" in r:
            extra = f", first translated sentence {r['first_sentence_s']:.2f} s after Translator() (model load included)"
        lines.append(f"- {variant}: model load {r['load_s']:.2f} s for {', '.join(args.langs)}{extra}; "
                     f"peak RSS {r['peak_rss_mib']:.0f} MiB")
    if "default" in results and "ct2-raw" in results:
        for lang in args.langs:
            d = statistics.median(results["default"]["langs"][lang]["times"])
            c = statistics.median(results["ct2-raw"]["langs"][lang]["times"])
            h = results.get("hf-batched", {}).get("langs", {}).get(lang)
            hb = f", {statistics.median(h['times']) / d:.1f}× faster than hf-batched" if h else ""
            lines.append(f"- {lang}: default / raw CTranslate2 = {d / c:.3f}{hb}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--langs", default="uk,ru,hu")
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--sentences", type=int, default=0, help="use the first N sentences (0 = all)")
    parser.add_argument("--naive-sentences", type=int, default=0,
                        help="run the naive loop on the first N sentences only and scale by decoder steps")
    parser.add_argument("--beam", type=int, default=4)
    parser.add_argument("--torch-threads", type=int, default=0,
                        help="torch threads for the transformers variants (0 = torch's default, one per core)")
    parser.add_argument("--device", default="cpu", choices=("cpu", "cuda"))
    parser.add_argument("--models", type=Path, default=ROOT / "bench" / ".cache" / "models")
    parser.add_argument("--no-quality", action="store_true", help="skip the int8 vs float32 check")
    parser.add_argument("--quality-models", default="tc-big-en-hu", help="comma-separated production_models names")
    parser.add_argument("--no-help-time", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the raw numbers here")
    parser.add_argument("--no-interleave", action="store_true",
                        help="run each variant's repeats in one process instead of round-robin")
    parser.add_argument("--_no-cold", dest="no_cold", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--_worker", dest="worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.langs = [x for x in args.langs.split(",") if x]
    args.variants = [x for x in args.variants.split(",") if x]
    args.quality_models = [x for x in args.quality_models.split(",") if x]
    # Our own cache for CTranslate2 conversions, so a benchmark never touches the user's.
    os.environ.setdefault("TRANSLATE_CACHE", str(ROOT / "bench" / ".cache" / "translate"))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.worker == "quality":
        print(json.dumps(quality(args)))
        return
    if args.worker:
        print(json.dumps(worker(args)))
        return

    from translate.models import ResolvedModel, ensure_ct2

    for name in sorted({pm.DEFAULT_FOR_LANG[lang] for lang in args.langs}):
        folder = pm.ensure(args.models, name)
        t = time.perf_counter()
        ensure_ct2(ResolvedModel(folder, str(folder), "local"), "int8")
        print(f"{name}: CTranslate2 int8 copy ready in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    env = dict(os.environ)
    if args.no_interleave:
        results = {variant: run_worker(args, variant, env, args.repeats) for variant in args.variants}
    else:
        # The machine's load drifts (shared cores): run the variants round-robin, one repeat per
        # process, so that each variant's median sees the same conditions.
        results = {}
        for round_ in range(args.repeats):
            for variant in args.variants:
                r = run_worker(args, variant, env, 1, cold=round_ == 0)
                if variant not in results:
                    results[variant] = r
                    continue
                merged = results[variant]
                merged["peak_rss_mib"] = max(merged["peak_rss_mib"], r["peak_rss_mib"])
                for lang, data in r["langs"].items():
                    merged["langs"][lang]["times"] += data["times"]
    text = report(results, args)
    extra: dict = {}
    if not args.no_help_time:
        extra["help"] = help_time()
        text += (f"\n- `translate --help`: median {extra['help']['median_s']:.3f} s of 5; heavy modules imported by "
                 f"`import translate.cli`: {extra['help']['heavy_imports']}")
    if not args.no_quality:
        command = [sys.executable, __file__, "--_worker", "quality", "--models", str(args.models),
                   "--quality-models", ",".join(args.quality_models)]
        if args.sentences:
            command += ["--sentences", str(args.sentences)]
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        if done.returncode:
            sys.stderr.write(done.stderr[-4000:])
        else:
            extra["quality"] = json.loads(done.stdout.strip().splitlines()[-1])
            for name, q in extra["quality"].items():
                text += (f"\n- int8 vs float32, greedy, {name} random weights (EOS not suppressed): "
                         f"{q['identical']}/{q['sentences']} sentences identical; mean share of equal positions "
                         f"{q['mean_position_agreement']:.2f}; mean common prefix {q['mean_common_prefix']:.1f} "
                         f"of {q['mean_length_float32']:.1f} tokens")
    print(text)
    if args.json:
        args.json.write_text(json.dumps({"args": {k: str(v) for k, v in vars(args).items()}, "results": results, **extra}, indent=1))


if __name__ == "__main__":
    main()
