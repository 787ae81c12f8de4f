/* The public region's options follow the chosen State (templates/submit/form.html and the
 * moderators' review page).
 *
 * Optional: without this script the region lists the subdivisions of the State last saved, and
 * the field's hint says to save after choosing another State. With it, choosing a State fetches
 * its ISO 3166-2 subdivisions from /api/v1/vocabularies (the URL is in data-subdivisions-url)
 * and replaces the options, keeping the first one: "None (withhold the region)". The server
 * still judges the value (workflow.clean_fields).
 */
(function () {
  "use strict";

  var vocabularies = null;  // one fetch per page, shared by every region field on it

  function load(url) {
    if (!vocabularies) {
      vocabularies = fetch(url, { headers: { Accept: "application/json" } }).then(function (response) {
        if (!response.ok) throw new Error("vocabularies: " + response.status);
        return response.json();
      });
    }
    return vocabularies;
  }

  function refresh(region, country) {
    load(region.getAttribute("data-subdivisions-url")).then(function (data) {
      var terms = (data.subdivisions || {})[country] || [];
      var counts = {};
      terms.forEach(function (t) { counts[t.name] = (counts[t.name] || 0) + 1; });
      var none = region.options[0];
      while (region.options.length > 1) region.remove(1);
      terms.forEach(function (t) {
        // A name two subdivisions share carries the code, as on the server (i18n.localised_subdivisions).
        region.add(new Option(counts[t.name] > 1 ? t.name + " (" + t.code + ")" : t.name, t.code));
      });
      none.selected = true;  // a region of the previous State never stays chosen
    }).catch(function () {
      vocabularies = null;  // keep the server's list; saving still refreshes it
    });
  }

  document.querySelectorAll("select[data-subdivisions-url][data-country-field]").forEach(function (region) {
    var country = document.getElementById(region.getAttribute("data-country-field"));
    if (!country) return;
    country.addEventListener("change", function () { refresh(region, country.value); });
  });
})();
