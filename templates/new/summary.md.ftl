<#-- A new annual summary (compendium new summary --id YEAR --title …): the preface of that year's edition. -->
---
year: ${year}
title: ${titleYaml}
---

# ${title}

（${year}年度综述正文。）
