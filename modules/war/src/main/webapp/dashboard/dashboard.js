// Jobbro dashboard: signs in with a bearer token (from the address's #token=... fragment, which never reaches the
// server, or typed in), reads the reporting API and draws the charts as SVG. Every figure on the page comes from a
// report, so a chart can always be downloaded as the CSV behind it.
(function () {
  "use strict";
  const api = "../api/v1";
  let token = new URLSearchParams(location.hash.slice(1)).get("token") || sessionStorage.getItem("jobbro.token");

  function status(text) {
    document.getElementById("status").textContent = text;
  }

  async function report(name, query, accept) {
    const response = await fetch(api + "/reports/" + name + (query ? "?" + query : ""),
      {headers: {"Authorization": "Bearer " + token, "Accept": accept || "application/json"}});
    if (!response.ok) {
      const problem = await response.json().catch(() => ({title: response.statusText}));
      throw new Error(problem.detail || problem.title);
    }
    return accept === "text/csv" ? response.blob() : response.json();
  }

  async function kommuner() {
    const response = await fetch(api + "/kommuner", {headers: {"Authorization": "Bearer " + token}});
    return response.ok ? response.json() : [];
  }

  function chart(id, option) {
    const chart = echarts.init(document.getElementById(id), null, {renderer: "svg"});
    chart.setOption(Object.assign({animation: false, tooltip: {}}, option));
    return chart;
  }

  function text(id, value) {
    document.getElementById(id).textContent = value === null || value === undefined ? "–" : String(value);
  }

  async function draw() {
    const year = new Date().getFullYear();
    const [igu, targets, self, firstOffer, allKommuner] = await Promise.all([
      report("igu-placements", "top=10"), report("igu-targets", "year=" + year),
      report("self-supporting", "year=" + year), report("first-offer-compliance"), kommuner()]);

    text("kpi-igu-total", igu.total.total);
    text("kpi-top-share", igu.summary.topShare);
    text("kpi-none", igu.summary.kommunerWithNone);
    text("kpi-one-two", igu.summary.kommunerWithOneOrTwo);
    text("kpi-targets", targets.total.actual + " of " + targets.total.target);

    const ranked = igu.rows.slice().sort((a, b) => b.total - a.total);
    const top = ranked.slice(0, 20);
    chart("chart-igu", {
      legend: {}, grid: {left: 40, right: 10, bottom: 90},
      xAxis: {type: "category", data: top.map(r => r.navn), axisLabel: {rotate: 60, interval: 0}},
      yAxis: {type: "value"},
      series: ["municipal", "state", "private"].map(sector => ({
        name: sector, type: "bar", stack: "sector", data: top.map(r => r[sector]),
        label: {show: false}}))
    });

    const region = {};
    allKommuner.forEach(k => { region[k.kode] = k.regionNavn; });
    const perRegion = {};
    igu.rows.forEach(r => { const name = region[r.kommune] || "?"; perRegion[name] = (perRegion[name] || 0) + r.total; });
    const regions = Object.keys(perRegion).sort();
    chart("chart-regions", {
      grid: {left: 40, right: 10, bottom: 60},
      xAxis: {type: "category", data: regions.map(r => r.replace("Region ", "")), axisLabel: {interval: 0}},
      yAxis: {type: "value"},
      series: [{type: "bar", data: regions.map(r => perRegion[r]), label: {show: true, position: "top"}}]
    });

    const body = document.querySelector("#ranking tbody");
    body.innerHTML = "";
    ranked.slice(0, 10).forEach((r, i) => {
      const row = body.insertRow();
      [i + 1, r.navn, r.total].forEach(v => { row.insertCell().textContent = v; });
    });

    chart("chart-targets", {
      legend: {}, grid: {left: 40, right: 10, bottom: 80},
      xAxis: {type: "category", data: targets.rows.map(r => r.ministryArea), axisLabel: {rotate: 30, interval: 0}},
      yAxis: {type: "value"},
      series: [
        {name: "target", type: "bar", data: targets.rows.map(r => r.target), label: {show: true, position: "top"}},
        {name: "actual", type: "bar", data: targets.rows.map(r => r.actual), label: {show: true, position: "top"}}]
    });

    chart("chart-gender", {
      series: [{type: "pie", radius: "65%", label: {formatter: "{b}: {c}"},
        data: [{name: "Men", value: self.total.men}, {name: "Women", value: self.total.women}]
          .filter(d => d.value)}]
    });

    const t = firstOffer.total;
    const outcomes = [["Within 14 days", t.within14Days], ["Within 1 month", t.withinMonth], ["Late", t.late],
      ["Open, overdue", t.openOverdue], ["Open, not due", t.openNotDue]];
    chart("chart-first-offer", {
      grid: {left: 110, right: 30},
      xAxis: {type: "value"},
      yAxis: {type: "category", data: outcomes.map(o => o[0])},
      series: [{type: "bar", data: outcomes.map(o => o[1]), label: {show: true, position: "right"}}]
    });
    await drawProgramme();
    status("Data cut-off " + igu.dataCutOff + ". Hidden (small) counts are left out of the charts.");
  }

  /** The twelve months up to the last full month, as yyyy-MM. */
  function lastTwelveMonths() {
    const now = new Date();
    const month = d => d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0");
    const to = new Date(now.getFullYear(), now.getMonth() - 1, 1);
    const from = new Date(to.getFullYear() - 1, to.getMonth(), 1);
    return {from: month(from), to: month(to)};
  }

  /** The ten kommuner with the largest fall in programme recipients, by net change or per 1,000 inhabitants. */
  async function drawProgramme() {
    const period = lastTwelveMonths();
    const query = "from=" + period.from + "&to=" + period.to + "&rankBy="
      + document.getElementById("programme-rank").value;
    const development = await report("programme-development", query);
    document.getElementById("programme-csv").dataset.query = query;
    text("programme-period", period.from + " to " + period.to + " (inhabitants "
      + development.parameters.populationYear + ")");
    const body = document.querySelector("#programme tbody");
    body.innerHTML = "";
    const perThousand = development.parameters.rankBy === "perThousand";
    development.rows.slice(0, 10).forEach(r => {
      const row = body.insertRow();
      // a change whose levels are hidden (a level of 1 to 4) has no value and no rank: shown as "–"
      [perThousand ? r.rankPer1000 : r.rank, r.navn, r.change,
        r.changePer1000 === null ? null : r.changePer1000.toFixed(2)]
        .forEach(v => { row.insertCell().textContent = v === null ? "–" : v; });
    });
  }

  document.getElementById("programme-rank").addEventListener("change", () => {
    drawProgramme().catch(error => status("Could not load the reports: " + error.message));
  });

  document.addEventListener("click", async event => {
    const name = event.target.dataset && event.target.dataset.csv;
    if (!name) {
      return;
    }
    const blob = await report(name, event.target.dataset.query || "", "text/csv");
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name + ".csv";
    link.click();
  });

  document.getElementById("signin").addEventListener("submit", event => {
    event.preventDefault();
    token = document.getElementById("token").value.trim();
    sessionStorage.setItem("jobbro.token", token);
    start();
  });

  async function start() {
    if (!token) {
      document.getElementById("signin").hidden = false;
      status("Paste a bearer token (the quick start writes demo tokens to .jobbro/demo-tokens.env).");
      return;
    }
    document.getElementById("board").hidden = false;
    document.getElementById("signin").hidden = true;
    status("Loading…");
    try {
      await draw();
      document.body.dataset.rendered = "true";
    } catch (error) {
      status("Could not load the reports: " + error.message);
      document.getElementById("signin").hidden = false;
    }
  }

  start();
})();
