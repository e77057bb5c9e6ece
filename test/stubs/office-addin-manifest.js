// office-addin-mock imports office-addin-manifest only for this enum; its real deps are ESM-only and break jest.
module.exports = { OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" } };
