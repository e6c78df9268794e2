<#-- A new policy (compendium new policy --id … --title …). The fields: docs/content-format.md. -->
---
id: ${id}
title: ${titleYaml}
issuer: ${publisherYaml}
issued: ${date}
category: 其他
---

# ${title}

第一条 为了……，根据……，结合本市实际，制定本办法。（每条以“第N条”开头，自成一段。）

第二条 本办法自印发之日起施行。
