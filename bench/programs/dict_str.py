"""Dict and str work: generate a text from a made-up vocabulary, count its
words in a dict, then render a report of the most frequent ones with joins,
f-strings, %-formatting and str methods; repeated in rounds.

    dict_str.py [ROUNDS]
"""

import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ra", "to", "vi", "e", "qua"]


def vocabulary():
    """Every one- to three-syllable word, in a fixed order."""
    words = list(SYLLABLES)
    for a in SYLLABLES:
        for b in SYLLABLES:
            words.append(a + b)
            words.extend(a + b + c for c in SYLLABLES[::3])
    return words


def text(words, length, seed):
    """`length` words picked by a linear congruential sequence, as lines of 12."""
    lines, line = [], []
    for _ in range(length):
        seed = (seed * 1103515245 + 12345) % 2**31
        word = words[seed % len(words)]
        line.append(word.capitalize() if not line else word)
        if len(line) == 12:
            lines.append(" ".join(line) + ".")
            line = []
    return "\n".join(lines), seed


def count_words(document):
    counts = {}
    for line in document.splitlines():
        for word in line.rstrip(".").lower().split():
            counts[word] = counts.get(word, 0) + 1
    return counts


def report(counts, top):
    """The `top` most frequent words, one formatted line each."""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top]
    width = max(len(word) for word, _ in ranked)
    rows = [
        f"{rank:>3}. {word:<{width}} %6d %s" % (n, "*" * (n // 8))
        for rank, (word, n) in enumerate(ranked, 1)
    ]
    return "\n".join(rows).replace("qua", "QUA")


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    words = vocabulary()
    seed, total, summary = 1, 0, ""
    for _ in range(rounds):
        document, seed = text(words, 20_000, seed)
        counts = count_words(document)
        summary = report(counts, 25)
        total += sum(counts.values()) + len(summary) + summary.count("QUA")
    print(f"{rounds} rounds: checksum {total}; last top word {summary.split()[1]!r}")


main()
