# The table printed by run.sh, in Markdown. Input: first the targets ("index name p50-ms p99-ms", the
# floor first), then the runs ("index round req/s requests ok node-cpu-us-per-request writer-cpu-us-per-request").
# Rates of a run
# whose responses were not all the verified successful answer are marked "!".

function grouped(x,    s, out) {
    s = sprintf("%.0f", x)
    while (length(s) > 3) {
        out = "," substr(s, length(s) - 2) out
        s = substr(s, 1, length(s) - 3)
    }
    return s out
}

# Median of values[1..n] (sorted in place).
function median(values, n,    i, j, v) {
    for (i = 2; i <= n; i++) {
        v = values[i]
        for (j = i - 1; j >= 1 && values[j] > v; j--) values[j + 1] = values[j]
        values[j + 1] = v
    }
    return n % 2 ? values[(n + 1) / 2] : (values[n / 2] + values[n / 2 + 1]) / 2
}

FNR == NR { name[$1] = $2; p50[$1] = $3; p99[$1] = $4; targets = $1 + 1; next }
{
    i = $1
    runs[i] = runs[i] (runs[i] == "" ? "" : ", ") grouped($3) ($5 ? "" : "!")
    count[i]++
    rate[i, count[i]] = $3
    cpu[i, count[i]] = $6
    writer[i, count[i]] = $7
}

END {
    print "| RPC | req/s per run | median req/s | × " name[0] " | p50 ms | p99 ms | runs vs median | node CPU µs/call | of which audit writer |"
    print "|-----|---------------|-------------:|------:|-------:|-------:|----------------|-----------------:|------:|"
    for (i = 0; i < targets; i++) {
        n = count[i]
        lo = hi = rate[i, 1]
        for (k = 1; k <= n; k++) {
            values[k] = rate[i, k]
            if (rate[i, k] < lo) lo = rate[i, k]
            if (rate[i, k] > hi) hi = rate[i, k]
        }
        m[i] = median(values, n)
        for (k = 1; k <= n; k++) values[k] = cpu[i, k]
        c = median(values, n)
        for (k = 1; k <= n; k++) values[k] = writer[i, k]
        printf "| %s | %s | %s | %.2f | %s | %s | %+.0f %% … %+.0f %% | %.0f | %.0f |\n", name[i], runs[i], grouped(m[i]),
            m[i] / m[0], p50[i], p99[i], (lo / m[i] - 1) * 100, (hi / m[i] - 1) * 100, c, median(values, n)
    }
}
