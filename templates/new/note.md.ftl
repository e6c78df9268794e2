<#-- A new interpretation note (compendium new note --id … --title … --policy ID). -->
---
id: ${id}
title: ${titleYaml}
interprets: ${interprets}
form: 文字解读
issued: ${date}
---

# ${title}

（解读正文。指向所解读文件的某一条时写链接，例如 [所解读的文件](${policyLink}) 加上条文锚点 #art-1。）
